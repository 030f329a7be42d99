#include "app/gui/server_changes.h"

#include <algorithm>
#include <map>
#include <set>

#include "common/error.h"
#include "common/notifier.h"
#include "common/ui/wx_text.h"
#include "db/database.h"

namespace knotwork::gui {

using clients::ui::RecordChange;
using clients::ui::RecordKind;

std::optional<RecordKind> recordKindOfTable(std::string_view table)
{
    static const std::map<std::string_view, RecordKind> kinds = {
        {"clients", RecordKind::Client},           {"attachments", RecordKind::Client},
        {"providers", RecordKind::Client},         {"diagnoses", RecordKind::Client},
        {"care_team", RecordKind::Client},         {"screenings", RecordKind::Client},
        {"clearances", RecordKind::Client},        {"consents", RecordKind::Client},
        {"disclosures", RecordKind::Client},       {"flag_withdrawals", RecordKind::Client},
        {"clearance_extensions", RecordKind::Client},
        {"practice_settings", RecordKind::Practice},
        {"session_notes", RecordKind::Note},       {"note_addenda", RecordKind::Note},
        {"note_findings", RecordKind::Note},
        {"treatment_plans", RecordKind::Plan},     {"plan_templates", RecordKind::Plan},
        {"outcome_measures", RecordKind::Plan},
        {"appointments", RecordKind::Appointment}, {"services", RecordKind::Appointment},
        {"time_off", RecordKind::Appointment},     {"waitlist", RecordKind::Appointment},
        {"opening_hours", RecordKind::Appointment},
        {"invoices", RecordKind::Billing},         {"invoice_lines", RecordKind::Billing},
        {"packages", RecordKind::Billing},         {"gift_certificates", RecordKind::Billing},
        {"payments", RecordKind::Billing},
    };
    const auto found = kinds.find(table);
    return found == kinds.end() ? std::nullopt : std::optional(found->second);
}

ServerChanges::ServerChanges(clients::ui::FeatureHost& host, db::Database& practice)
    : m_host(host), m_listener(practice)
{
    m_timer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { showChanges(); });
    m_timer.Start(kPollMilliseconds);
}

ServerChanges::~ServerChanges() = default;

void ServerChanges::showChanges()
{
    if (m_showing)
        return;
    m_showing = true;
    const struct Done {
        bool& showing;
        ~Done() { showing = false; }
    } done{m_showing};
    const db::ChangePoll poll = m_listener.poll();
    // In a steady order, each once: a client's intake touches several tables.
    std::set<std::pair<RecordKind, clients::ClientId>> changes;
    if (poll.refreshEverything) {
        for (const RecordKind kind : clients::ui::kEveryRecordKind)
            changes.insert({kind, 0});
    }
    for (const db::ChangeNotice& notice : poll.notices)
        if (const auto kind = recordKindOfTable(notice.table); kind && !notice.own)
            changes.insert({*kind, notice.client});
    for (const auto& [kind, client] : changes)
        if (client == 0 || !changes.contains({kind, 0}))
            m_host.recordChanged(RecordChange{kind, client, true});
}

std::unique_ptr<ServerChanges> watchServerChanges(clients::ui::FeatureHost& host, db::Database* practice)
{
    if (!practice || !practice->onServer())
        return nullptr;
    try {
        return std::make_unique<ServerChanges>(host, *practice);
    } catch (const Error& error) {
        host.notifier().showError(
            ui::toUtf8(_("What other desks save will not show here by itself")),
            ui::toUtf8(wxString::Format(_("%s\n\nOpen the practice again to see their changes."),
                                        ui::toWx(error.what()))));
        return nullptr;
    }
}

} // namespace knotwork::gui
