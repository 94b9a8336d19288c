#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <vector>

// Writes payload entries straight into request bodies of at most chunkSize IDs:
// payload-0001.json is the Replace body, the next ones Update bodies with "action":"add".
// Entry sizes are kept (4 bytes each) so that, when duplicates turn out to supersede
// earlier rows, the bodies can be re-cut without the superseded entries.
class ChunkWriter
{
public:
    struct Chunk
    {
        int sequence = 0;
        qint64 ids = 0;
        QString path;
    };

    ChunkWriter(const QString &dir, int chunkSize);

    bool add(const char *entry, qsizetype size); // an entry {"id":...} without action
    bool finish(); // writes the last body
    // Re-cuts every body without the entries flagged (by entry number).
    bool rewriteWithout(const std::vector<bool> &superseded);

    const QList<Chunk> &chunks() const { return m_chunks; }
    QString errorString() const { return m_error; }

private:
    bool flush();
    QString pathFor(int sequence, const QString &suffix = {}) const;

    QString m_dir;
    int m_chunkSize;
    QByteArray m_body;
    qint64 m_inChunk = 0;
    QList<Chunk> m_chunks;
    std::vector<quint32> m_sizes;
    QString m_error;
    QString m_suffix; // ".new" while re-cutting, so no body is replaced before it is read
};
