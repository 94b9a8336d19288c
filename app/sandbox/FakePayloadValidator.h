// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "FakeBatchServer.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Checks a Replace or Update body the way the fake API does (limits and Batch's data
// rules), so a bad payload gets the documented error and changes nothing.
class FakePayloadValidator
{
public:
    struct Operation
    {
        bool remove = false; // Update "remove"
        FakeBatchServer::Member member;
    };
    struct Result
    {
        int httpStatus = 0; // 0: valid
        int code = 0;
        QString name;
        QString message;
        QList<Operation> operations;
    };

    static Result validate(const QByteArray &body, bool isUpdate);

private:
    static QString checkAttributes(const QJsonObject &attributes);
};
