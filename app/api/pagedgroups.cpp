#include "app/api/pagedgroups.h"

#include "app/api/httpcall.h"

#include <QLocale>

#include <algorithm>

namespace sdrs {

PagedGroupsCall::PagedGroupsCall(SdrsClient *client, GroupQuery query,
                                 std::function<void(const Result<ProtectionGroupPage> &)> done)
    : ApiCall(client)
    , m_client(client)
    , m_query(std::move(query))
    , m_done(std::move(done))
{}

void PagedGroupsCall::next()
{
    if (m_finished)
        return;
    GroupQuery q = m_query;
    q.limit = PageSize;
    q.offset = int(m_offset); // below MaxGroups + PageSize
    m_inner = m_client->listProtectionGroups(
        q, this, [this](const Result<ProtectionGroupPage> &page) { onPage(page); });
}

void PagedGroupsCall::abortWork()
{
    m_stopping = true;
    if (m_inner)
        m_inner->cancel();
}

void PagedGroupsCall::deliverCancelled()
{
    Result<ProtectionGroupPage> r;
    r.error = detail::cancelledError();
    m_done(r);
}

void PagedGroupsCall::stopIncomplete(const QString &why)
{
    Result<ProtectionGroupPage> r;
    r.value = m_result;
    r.error = detail::makeError(ApiError::Kind::Decode, why, {});
    finishWith([&] { m_done(r); });
}

void PagedGroupsCall::onPage(const Result<ProtectionGroupPage> &page)
{
    if (m_stopping || m_finished)
        return;
    if (!page.ok()) {
        finishWith([&] { m_done(page); });
        return;
    }
    const qsizetype received = page.value.groups.size();
    if (m_bound < 0) {
        // Groups created while the list is read may push the count up a little; no more. A
        // count no larger than the first page may be that page's length (the SDK calls it "the
        // number in the list"), which says nothing of the rest.
        const qint64 announced = std::max<qint64>(0, page.value.count);
        m_bound = announced >= SdrsClient::MaxGroups || announced <= received
                      ? SdrsClient::MaxGroups
                      : std::min<qint64>(SdrsClient::MaxGroups,
                                         announced + std::max<qint64>(PageSize, announced / 10));
    }
    int added = 0;
    for (const ProtectionGroup &g : page.value.groups) {
        if (m_seen.contains(g.id))
            continue;
        if (m_result.groups.size() >= m_bound) {
            //: %1 is a number of protection groups (with digit grouping).
            stopIncomplete(SdrsClient::tr("The server kept sending protection groups; the list "
                                          "was stopped after %1 of them and is incomplete.")
                               .arg(QLocale().toString(m_result.groups.size())));
            return;
        }
        m_seen.insert(g.id);
        m_result.groups.append(g);
        ++added;
    }
    m_offset += received;
    // More may follow after a full page whatever `count` says, and after a short one when the
    // count says so (a server that pages in smaller steps than asked).
    const bool more = received > 0 && (received >= PageSize || m_offset < page.value.count);
    if (received > 0 && added == 0 && more) {
        // A server that ignores offset would otherwise be asked for ever.
        //: %1 is a position in the list of protection groups (the API's "offset").
        stopIncomplete(SdrsClient::tr("The server answered the same protection groups for "
                                      "offset %1 again; the list is incomplete.")
                           .arg(m_offset - received));
        return;
    }
    if (!more) {
        Result<ProtectionGroupPage> r;
        r.value = m_result;
        r.value.count = m_result.groups.size(); // what was read, whatever the pages counted
        finishWith([&] { m_done(r); });
        return;
    }
    next();
}

} // namespace sdrs
