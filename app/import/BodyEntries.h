// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>

// How ChunkWriter lays entries out in a request body, for what reads a written body back (the
// re-cut, BodySeal, a sync's plan): {"ids":[e,e,...]}, each entry as the check wrote it
// ({"id":...}) in the Replace body, and in an Update body with the action's prefix in place
// of its "{" ({"action":"add","id":...}). Entries are taken back one by one, by their sizes
// (ChunkWriter::sizes(), EntryDigests::sizes), without their action.
class BodyEntries
{
public:
    static constexpr char idsPrefix[] = "{\"ids\":[";
    static constexpr char addPrefix[] = "{\"action\":\"add\",";
    static constexpr char removePrefix[] = "{\"action\":\"remove\",";

    // `plain`: the Replace body, whose entries carry no action.
    BodyEntries(QByteArrayView body, bool plain, bool removes)
        : m_body(body)
        , m_at(qsizetype(sizeof idsPrefix) - 1)
        , m_before(plain ? 1 : qsizetype(removes ? sizeof removePrefix : sizeof addPrefix) - 1)
    { }

    // The next entry, of `size` bytes without its action: `rest` is what follows its "{" (or
    // the action's prefix, which stands for it). False when the body ends before it.
    bool next(qsizetype size, QByteArrayView *rest)
    {
        if (m_count++ > 0)
            ++m_at; // the comma
        const qsizetype stored = m_before + size - 1;
        if (size < 1 || m_at + stored > m_body.size())
            return false;
        *rest = m_body.sliced(m_at + m_before, size - 1);
        m_at += stored;
        return true;
    }

private:
    QByteArrayView m_body;
    qsizetype m_at;
    qsizetype m_before; // the bytes before an entry's rest: "{" or the action's prefix
    qint64 m_count = 0;
};
