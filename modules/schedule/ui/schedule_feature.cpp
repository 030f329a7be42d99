#include "schedule/ui/schedule_feature.h"

#include <optional>

#include <wx/intl.h>

#include "clients/client_service.h"
#include "common/ui/report_errors.h"
#include "schedule/book_settings_service.h"
#include "schedule/schedule_service.h"
#include "schedule/recall_service.h"
#include "schedule/ui/book_settings_dialog.h"
#include "schedule/ui/recall_panel.h"
#include "schedule/ui/schedule_view.h"
#include "schedule/ui/todays_visits_panel.h"
#include "sessions/session_service.h"

namespace knotwork::schedule::ui {

using clients::ui::RecordKind;

ScheduleFeature::ScheduleFeature(std::function<void(long long noteId)> openNote,
                                 std::function<void(const LocalTime&)> book,
                                 std::vector<SettingsPageFactory> settingsPages,
                                 std::function<void(const Appointment&)> checkOut)
    : m_openNote(std::move(openNote)),
      m_book(std::move(book)),
      m_settingsPages(std::move(settingsPages)),
      m_checkOut(std::move(checkOut))
{
}

void ScheduleFeature::install(clients::ui::FeatureHost& host)
{
    m_host = &host;
    host.addView("schedule", [this, &host](wxWindow* parent) {
        m_view = new ScheduleView(parent, host.notifier(),
                                  {[&host] { host.recordChanged({RecordKind::Appointment}); }, m_book, m_checkOut});
        return m_view;
    });
    m_today = new TodaysVisitsPanel(host.todayParent(), host.notifier(),
                                    [this](const Appointment& visit) { startNote(visit); }, m_checkOut);
    host.addTodayPanel({m_today, [this] { return !m_today->visits().empty(); }});
    m_recall = new RecallPanel(host.todayParent(), host.notifier(),
                               [&host](ClientId client) { host.openClient(client); });
    host.addTodayPanel({m_recall, [this] { return !m_recall->rows().empty(); }, true});
    // A client renamed or newly screened shows so on their visits; a visit booked or changed
    // anywhere shows in both lists.
    host.listen({RecordKind::Client, RecordKind::Appointment}, [this](const clients::ui::RecordChange&) { reload(); });
    host.addMenuItem({.place = clients::ui::MenuPlace::File,
                      .label = _("Appointment &book settings\u2026"),
                      .help = _("The book's services, opening hours, time off, cancellation policy and reminder email"),
                      .run = [this] { openSettings(); },
                      .enabled = [this] { return m_bookSettings != nullptr; },
                      .accelerator = "Ctrl+Shift+M"});
    // Recall follows the plans, the signed visits and the measures too.
    host.listen({RecordKind::Plan, RecordKind::Note}, [this](const clients::ui::RecordChange&) {
        m_recall->reload(m_recallService);
    });
}

void ScheduleFeature::practiceChanged(const ServiceSet& services)
{
    m_schedule = services.find<ScheduleService>();
    m_bookSettings = services.find<BookSettingsService>();
    m_clients = services.find<clients::ClientService>();
    m_sessions = services.find<sessions::SessionService>();
    m_recallService = services.find<RecallService>();
    m_view->setServices(m_schedule, m_clients);
    m_today->reload(m_schedule, m_clients);
    m_recall->reload(m_recallService);
}

void ScheduleFeature::reload()
{
    m_view->reload();
    m_today->reload(m_schedule, m_clients);
    m_recall->reload(m_recallService);
}

void ScheduleFeature::openSettings()
{
    if (!m_bookSettings || !m_clients)
        return;
    BookSettingsDialog dialog(m_host->window(), *m_bookSettings, *m_clients, m_settingsPages);
    if (dialog.ShowModal() == wxID_OK)
        m_host->recordChanged({RecordKind::Appointment});  // the week shows the hours and time off
}

void ScheduleFeature::startNote(const Appointment& visit)
{
    if (visit.noteId) {
        m_openNote(*visit.noteId);
        return;
    }
    if (!m_schedule || !m_sessions)
        return;
    std::optional<long long> note;
    knotwork::ui::reportErrors(m_host->notifier(), _("Could not start the note"), [&] {
        note = m_schedule->startNote(visit.id, visit.rowVersion, [&](const NoteStart& start) {
            return m_sessions->openVisitNote(visit.clientId, start.visitDate, start.visitTime).id;
        }).noteId;
    });
    if (!note) {
        // An unsigned note of another day stands in the way: show it, to be signed or discarded.
        if (auto draft = m_sessions->notes().draftOf(visit.clientId))
            m_openNote(*draft);
        return;
    }
    m_host->recordChanged({RecordKind::Draft, visit.clientId});
    m_host->recordChanged({RecordKind::Appointment, visit.clientId});
    m_openNote(*note);
}

} // namespace knotwork::schedule::ui
