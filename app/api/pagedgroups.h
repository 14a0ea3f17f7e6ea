// Inside the client library only: every page of the protection groups.
#pragma once

#include "app/api/sdrsclient.h"

#include <QSet>

namespace sdrs {

/// Pages through `GET /server-groups` 1000 at a time, each group once, until a page comes back
/// shorter than asked and the server's count is reached (or empty): safe whether `count` is the
/// total or the page's length. Bounded: a server whose count keeps growing, or that keeps sending
/// new groups, is read no further than the first page's count plus a margin, and never past
/// SdrsClient::MaxGroups; the call then ends with an error and the groups read so far.
class PagedGroupsCall final : public ApiCall
{
public:
    PagedGroupsCall(SdrsClient *client, GroupQuery query,
                    std::function<void(const Result<ProtectionGroupPage> &)> done);

    void next();

protected:
    void abortWork() override;
    void deliverCancelled() override;

private:
    static constexpr int PageSize = 1000;

    void onPage(const Result<ProtectionGroupPage> &page);
    /// Ends with `why` as a Decode error and the groups read so far.
    void stopIncomplete(const QString &why);

    SdrsClient *m_client;
    GroupQuery m_query;
    std::function<void(const Result<ProtectionGroupPage> &)> m_done;
    QPointer<ApiCall> m_inner;
    ProtectionGroupPage m_result;
    QSet<QString> m_seen;
    qint64 m_offset = 0;
    qint64 m_bound = -1; ///< groups to read at most; from the first page
    bool m_stopping = false;
};

} // namespace sdrs
