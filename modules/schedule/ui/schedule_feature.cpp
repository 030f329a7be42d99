#include "schedule/ui/schedule_feature.h"

#include <wx/intl.h>

#include "clients/client_service.h"
#include "common/ui/report_errors.h"
#include "schedule/schedule_service.h"
#include "schedule/ui/schedule_view.h"
#include "schedule/ui/todays_visits_panel.h"
#include "sessions/session_service.h"

namespace knotwork::schedule::ui {

using clients::ui::RecordKind;

ScheduleFeature::ScheduleFeature(std::function<void(long long noteId)> openNote,
                                 std::function<void(const LocalTime&)> book)
    : m_openNote(std::move(openNote)), m_book(std::move(book))
{
}

void ScheduleFeature::install(clients::ui::FeatureHost& host)
{
    m_host = &host;
    host.addView("schedule", [this, &host](wxWindow* parent) {
        m_view = new ScheduleView(parent, host.notifier(),
                                  {[&host] { host.recordChanged({RecordKind::Appointment}); }, m_book});
        return m_view;
    });
    m_today = new TodaysVisitsPanel(host.todayParent(), host.notifier(),
                                    [this](const Appointment& visit) { startNote(visit); });
    host.addTodayPanel({m_today, [this] { return !m_today->visits().empty(); }});
    // A client renamed or newly screened shows so on their visits; a visit booked or changed
    // anywhere shows in both lists.
    host.listen({RecordKind::Client, RecordKind::Appointment}, [this](const clients::ui::RecordChange&) { reload(); });
}

void ScheduleFeature::practiceChanged(const ServiceSet& services)
{
    m_schedule = services.find<ScheduleService>();
    m_clients = services.find<clients::ClientService>();
    m_sessions = services.find<sessions::SessionService>();
    m_view->setServices(m_schedule, m_clients);
    m_today->reload(m_schedule, m_clients);
}

void ScheduleFeature::reload()
{
    m_view->reload();
    m_today->reload(m_schedule, m_clients);
}

void ScheduleFeature::startNote(const Appointment& visit)
{
    if (visit.noteId) {
        m_openNote(*visit.noteId);
        return;
    }
    if (!m_schedule || !m_sessions)
        return;
    long long note = 0;
    const bool started = knotwork::ui::reportErrors(m_host->notifier(), _("Could not start the note"), [&] {
        const NoteStart start = noteStartOf(visit);
        note = m_sessions->openNote(visit.clientId, start.visitDate, start.visitTime).id;
        m_schedule->complete(visit.id, visit.rowVersion, note);
    });
    if (note != 0)
        m_host->recordChanged({RecordKind::Draft, visit.clientId});
    if (!started)
        return;
    m_host->recordChanged({RecordKind::Appointment, visit.clientId});
    m_openNote(note);
}

} // namespace knotwork::schedule::ui
