#include "db/chain_verifier.h"

#include <algorithm>
#include <deque>
#include <set>
#include <optional>
#include <soci/soci.h>

#include "common/i18n.h"
#include "db/record_keys.h"
#include "db/sealed_records.h"

namespace knotwork::db {

using integrity::IntegrityFinding;
using integrity::IntegrityReport;
using integrity::SealKind;

namespace {

// How far back a link is looked for that it follows on from (see ChainWalk::followsOn).
constexpr std::size_t kEarlierMacs = 8;

// Key links are checked like records: each against its row of record_keys.
constexpr SealKind kRecordKinds[] = {SealKind::Key, SealKind::AuditEntry, SealKind::SignedNote, SealKind::Addendum,
                                     SealKind::Disclosure};

void addChainFinding(IntegrityReport& report, std::string subject, std::string problem)
{
    report.findings.push_back({IntegrityFinding::Area::Chain, std::move(subject), std::move(problem)});
}

std::string linkName(long long position)
{
    return formatMessage(_("record chain link {}"), position);
}

// The numbers of record_keys: a handful, one per key the practice ever had.
std::set<int> keyNumbers(soci::session& session)
{
    std::set<int> numbers;
    int number = 0;
    soci::statement statement = (session.prepare << "SELECT key_number FROM record_keys", soci::into(number));
    statement.execute();
    while (statement.fetch())
        numbers.insert(number);
    return numbers;
}

long long count(soci::session& session, const std::string& sql)
{
    long long total = 0;
    session << sql, soci::into(total);
    return total;
}

class ChainWalk {
public:
    ChainWalk(soci::session& session, const integrity::ChainKeyring& keys, const std::set<int>& keyRows,
              IntegrityReport& report)
        : m_session(session), m_keys(keys), m_keyRows(keyRows), m_report(report)
    {
    }

    void walk(const std::function<void(long long done, long long total)>& progress)
    {
        const long long total = count(m_session, "SELECT COUNT(*) FROM record_seals");
        integrity::Seal seal;
        std::string kindKey;
        soci::statement statement =
            (m_session.prepare << "SELECT position, kind, record_id, digest, mac, key_number FROM record_seals "
                                  "ORDER BY position",
             soci::into(seal.position), soci::into(kindKey), soci::into(seal.recordId), soci::into(seal.digest),
             soci::into(seal.mac), soci::into(seal.keyNumber));
        statement.execute();
        long long done = 0;
        while (statement.fetch()) {
            check(seal, kindKey);
            if (++done % 4096 == 0)
                progress(done, total);
        }
        if (m_expected > 1)
            m_report.head = integrity::ChainHead{m_expected - 1, m_previousMac};
        if (m_expected == 1 && !m_keyRows.empty())
            addChainFinding(m_report, _("record chain"),
                            _("The practice has a record key but no chain: every link was removed."));
    }

private:
    void check(const integrity::Seal& seal, const std::string& kindKey)
    {
        const long long position = seal.position;
        const bool afterGap = position != m_expected;
        if (afterGap)
            addChainFinding(m_report,
                            position == m_expected + 1
                                ? linkName(m_expected)
                                : formatMessage(_("record chain links {} to {}"), m_expected, position - 1),
                            P_("It was removed from the chain.", "They were removed from the chain.",
                               position - m_expected));
        const auto kind = integrity::sealKindFromKey(kindKey);
        if (!kind) {
            addChainFinding(m_report, linkName(position),
                            formatMessage(_("Its kind \"{}\" is not one Knotwork seals: the link was inserted."),
                                          kindKey));
        } else {
            if (!m_keyRows.contains(seal.keyNumber))
                addChainFinding(m_report, integrity::recordName(*kind, seal.recordId),
                                formatMessage(_("Its link is sealed with record key {}, which the practice has no "
                                                "entry for."),
                                              seal.keyNumber));
            if (const integrity::ChainKey* key = m_keys.find(seal.keyNumber)) {
                if (followsOn(*key, seal, *kind))
                    ++m_report.linksChecked;
                else if (!afterGap)
                    addChainFinding(m_report, integrity::recordName(*kind, seal.recordId),
                                    formatMessage(_("Its seal (record chain link {}) does not match the chain: the "
                                                    "link was changed, moved or inserted outside Knotwork."),
                                                  position));
            } else {
                ++m_report.linksUnchecked;
            }
        }
        m_earlierMacs.push_back(m_previousMac);
        if (m_earlierMacs.size() > kEarlierMacs)
            m_earlierMacs.pop_front();
        m_previousMac = seal.mac;
        m_expected = position + 1;
    }

    // Whether the link follows on from the one before it. A link that follows on from a link a
    // little further back is itself in place: the one before it was moved or changed, and is
    // named for that, so one moved link does not also blame its innocent successor.
    bool followsOn(const integrity::ChainKey& key, const integrity::Seal& seal, SealKind kind) const
    {
        const auto chainsFrom = [&](const std::string& previous) {
            return integrity::linkMac(key, previous, seal.position, kind, seal.recordId, seal.digest) == seal.mac;
        };
        return chainsFrom(m_previousMac) || std::any_of(m_earlierMacs.begin(), m_earlierMacs.end(), chainsFrom);
    }

    soci::session& m_session;
    const integrity::ChainKeyring& m_keys;
    const std::set<int>& m_keyRows;
    IntegrityReport& m_report;
    long long m_expected = 1;
    std::string m_previousMac = integrity::kChainStart;
    std::deque<std::string> m_earlierMacs;  // the macs of the few links before the previous one
};

// Every sealable record of one kind beside the seals of that kind, both in record id order: a
// merge of two streams.
class CoverageCheck {
public:
    CoverageCheck(soci::session& session, SealKind kind, IntegrityReport& report)
        : m_session(session), m_kind(kind), m_kindKey(integrity::keyOf(kind)), m_report(report),
          m_seals((session.prepare << "SELECT record_id, digest FROM record_seals WHERE kind = :kind "
                                      "ORDER BY record_id, position",
                   soci::use(m_kindKey), soci::into(m_sealId), soci::into(m_sealDigest)))
    {
    }

    void run()
    {
        m_seals.execute();
        advance();
        forEachSealableRecord(m_session, m_kind, [this](long long id, const integrity::SealedFields& fields) {
            while (m_haveSeal && m_sealId < id) {
                reportRemoved(m_sealId);
                advance();
            }
            if (!m_haveSeal || m_sealId > id) {
                addChainFinding(m_report, integrity::recordName(m_kind, id),
                                m_kind == SealKind::SignedNote
                                    ? _("It has no seal: it was added or signed outside Knotwork.")
                                    : _("It has no seal: it was added outside Knotwork."));
                return;
            }
            if (integrity::recordDigest(m_kind, id, fields) != m_sealDigest)
                addChainFinding(m_report, integrity::recordName(m_kind, id),
                                _("Its content was changed after it was sealed."));
            advance();
            bool repeated = false;
            while (m_haveSeal && m_sealId == id) {
                repeated = true;
                advance();
            }
            if (repeated)
                addChainFinding(m_report, integrity::recordName(m_kind, id),
                                _("It is sealed more than once: a seal was inserted outside Knotwork."));
        });
        while (m_haveSeal) {
            reportRemoved(m_sealId);
            advance();
        }
    }

private:
    void advance() { m_haveSeal = m_seals.fetch(); }

    void reportRemoved(long long id)
    {
        std::string problem = _("It was deleted after it was sealed.");
        if (m_kind == SealKind::SignedNote) {
            std::string status;
            m_session << "SELECT status FROM session_notes WHERE id = :id", soci::use(id), soci::into(status);
            if (m_session.got_data())
                problem = _("It is no longer signed: its status was changed after it was sealed.");
        }
        addChainFinding(m_report, integrity::recordName(m_kind, id), problem);
    }

    soci::session& m_session;
    SealKind m_kind;
    std::string m_kindKey;
    IntegrityReport& m_report;
    long long m_sealId = 0;
    std::string m_sealDigest;
    soci::statement m_seals;
    bool m_haveSeal = false;
};

} // namespace

void verifyRecordChain(Database& database, IntegrityReport& report, const std::function<void(int)>& progress)
{
    soci::session& session = database.session();
    if (!database.hasTable("record_seals") || !database.hasTable("record_keys"))
        return;
    const std::set<int> keys = keyNumbers(session);
    if (keys.empty()) {
        if (count(session, "SELECT COUNT(*) FROM record_seals") == 0) {
            const std::optional<std::string> started = chainStartRecorded(database);
            addChainFinding(report, _("record chain"),
                            started ? formatMessage(_("The record chain was removed outside Knotwork after it had "
                                                      "started on {}: no record can be shown to be unchanged."),
                                                    *started)
                                    : _("The record chain has not been started: open the practice in Knotwork to "
                                        "start it."));
            return;
        }
    } else if (!database.chainKeys().find(*keys.rbegin())) {
        addChainFinding(report, integrity::recordName(SealKind::Key, *keys.rbegin()),
                        _("This computer does not hold the practice's record key, so the records sealed with it "
                          "cannot be checked. Restore it with knotwork-cli key restore and the recovery code."));
    }

    ChainWalk(session, database.chainKeys(), keys, report).walk([&](long long done, long long total) {
        progress(static_cast<int>(60 * done / (total > 0 ? total : 1)));
    });
    progress(60);
    int step = 0;
    for (const SealKind kind : kRecordKinds) {
        CoverageCheck(session, kind, report).run();
        progress(60 + 8 * ++step);
    }
}

} // namespace knotwork::db
