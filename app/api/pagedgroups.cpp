#include "pagedgroups.h"

#include "httpcall.h"

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
    if (m_bound < 0) {
        // Groups created while the list is read may push the count up a little; no more.
        const qint64 announced = std::max<qint64>(0, page.value.count);
        m_bound = announced >= SdrsClient::MaxGroups
                      ? SdrsClient::MaxGroups
                      : std::min<qint64>(SdrsClient::MaxGroups,
                                         announced + std::max<qint64>(PageSize, announced / 10));
    }
    m_result.count = page.value.count;
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
    m_offset += page.value.groups.size();
    if (!page.value.groups.isEmpty() && added == 0 && m_offset < page.value.count) {
        // A server that ignores offset would otherwise be asked for ever.
        //: %1 is a position in the list of protection groups (the API's "offset").
        stopIncomplete(SdrsClient::tr("The server answered the same protection groups for "
                                      "offset %1 again; the list is incomplete.")
                           .arg(m_offset - page.value.groups.size()));
        return;
    }
    // Stop at the total or at an empty page.
    if (page.value.groups.isEmpty() || m_offset >= page.value.count) {
        Result<ProtectionGroupPage> r;
        r.value = m_result;
        finishWith([&] { m_done(r); });
        return;
    }
    next();
}

} // namespace sdrs
