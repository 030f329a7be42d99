#include "schedule/ui/booking_feature.h"

#include <set>
#include <wx/intl.h>

#include "clients/client_service.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "common/notifier.h"
#include "common/ui/report_errors.h"
#include "common/ui/wx_text.h"
#include "plans/plan_service.h"
#include "schedule/schedule_service.h"
#include "schedule/ui/book_plan_dialog.h"
#include "schedule/ui/booking_dialog.h"
#include "schedule/ui/respace_dialog.h"

namespace knotwork::schedule::ui {

using clients::ui::MenuPlace;
using clients::ui::RecordKind;
using knotwork::ui::toUtf8;

namespace {

// Where a visit booked from the menu starts unless the therapist changes it: the next whole hour.
LocalTime nextWholeHour(const Clock& clock)
{
    return localTimeOn(clock.today(), boost::posix_time::hours(clock.timeOfDay().hours() + 1));
}

} // namespace

void BookingFeature::install(clients::ui::FeatureHost& host)
{
    m_host = &host;
    const clients::ui::ClientChartPanel& chart = host.clients().chart();
    const auto canBook = [this, &chart] { return m_schedule && chart.clientId() != 0 && !chart.clientArchived(); };
    host.addMenuItem({.place = MenuPlace::Client, .label = _("&Book appointment…"),
                      .help = _("Book a visit for the chosen client, seeing first what the time meets on the book"),
                      .run = [this] { book(nextWholeHour(m_schedule->clock())); }, .enabled = canBook,
                      .separatorBefore = true, .accelerator = "Ctrl+B"});
    host.addMenuItem({.place = MenuPlace::Client, .label = _("Boo&k the plan…"),
                      .help = _("Book the whole series the chosen client's treatment plan asks for, in one step"),
                      .run = [this] { bookPlan(); }, .enabled = canBook, .accelerator = "Ctrl+Shift+G"});
    // The plan tab's "advance to the next phase" is a plan change like any other edit.
    // Re-spacing is offered at the desk that moved the plan on, not at every desk.
    host.listen({RecordKind::Plan}, [this](const clients::ui::RecordChange& change) {
        if (!change.fromAnotherDesk)
            planChanged(change.client);
    });
}

void BookingFeature::practiceChanged(const ServiceSet& services)
{
    m_schedule = services.find<ScheduleService>();
    m_clients = services.find<clients::ClientService>();
    m_plans = services.find<plans::PlanService>();
    m_phaseSeen.clear();
}

ClientId BookingFeature::clientInView(const wxString& title) const
{
    const clients::ui::ClientChartPanel& chart = m_host->clients().chart();
    if (!m_schedule || !m_clients || !m_plans)
        return 0;
    if (chart.clientId() == 0 || chart.clientArchived()) {
        m_host->notifier().showInformation(
            toUtf8(title), toUtf8(_("Choose the client in the Clients view first, then double-click a free time.")));
        return 0;
    }
    return chart.clientId();
}

void BookingFeature::book(const LocalTime& start)
{
    const ClientId client = clientInView(_("Book an appointment"));
    if (client == 0)
        return;
    BookingDialog dialog(m_host->window(), *m_schedule, *m_clients, client, start);
    if (dialog.ShowModal() == wxID_OK)
        m_host->recordChanged({RecordKind::Appointment, client});
}

void BookingFeature::bookPlan()
{
    const ClientId client = clientInView(_("Book the plan"));
    if (client == 0)
        return;
    std::optional<plans::PlanProgress> plan;
    if (!knotwork::ui::reportErrors(m_host->notifier(), _("Could not read the plan"),
                                    [&] { plan = m_plans->openPlanProgress(client); }))
        return;
    if (!plan || plan->plan.status != plans::PlanStatus::Active) {
        m_host->notifier().showInformation(toUtf8(_("Book the plan")),
                                          toUtf8(_("The client has no active treatment plan: start one, or take it "
                                                   "off hold, on the Plan tab.")));
        return;
    }
    m_phaseSeen[plan->plan.id] = plan->plan.currentPhase;
    BookPlanDialog dialog(m_host->window(), *m_schedule, *m_clients, *plan);
    if (dialog.ShowModal() == wxID_OK)
        m_host->recordChanged({RecordKind::Appointment, client});
}

void BookingFeature::planChanged(ClientId client)
{
    if (!m_schedule || !m_plans || !m_clients || client == 0)
        return;
    std::optional<plans::PlanProgress> progress;
    std::set<SeriesId> series;
    wxString name;
    const Date today = m_schedule->clock().today();
    const bool read = knotwork::ui::reportErrors(m_host->notifier(), _("Could not read the plan"), [&] {
        progress = m_plans->openPlanProgress(client);
        for (const Appointment& visit : m_schedule->book().appointmentsOf(client))
            if (progress && visit.planId == progress->plan.id && visit.seriesId && isUpcoming(visit.status)
                && visit.start >= LocalTime(today))
                series.insert(*visit.seriesId);
        name = knotwork::ui::toWx(clients::fullName(m_clients->clients().chart(client).client));
    });
    if (!read || !progress || progress->plan.status != plans::PlanStatus::Active)
        return;
    const plans::TreatmentPlan& plan = progress->plan;
    const auto seen = m_phaseSeen.find(plan.id);
    // A plan not seen since the practice opened has just moved on if its phase began today.
    const bool moved = seen == m_phaseSeen.end() ? plan.currentPhase > 0 && plan.phaseStartedOn == today
                                                 : seen->second != plan.currentPhase;
    m_phaseSeen[plan.id] = plan.currentPhase;
    if (!moved)
        return;
    const wxString reason = wxString::Format(_("The plan moved to phase %d"), plan.currentPhase + 1);
    for (const SeriesId one : series) {
        RespacePreview preview;
        if (!knotwork::ui::reportErrors(m_host->notifier(), _("Could not re-space the visits"), [&] {
                preview = m_schedule->previewRespace(one, plan.phases, plan.currentPhase, progress->visitsInPhase);
            }))
            return;
        if (!RespaceDialog::changesAnything(preview))
            continue;
        RespaceDialog ask(m_host->window(), name, plan, preview);
        if (ask.ShowModal() != wxID_OK)
            continue;
        if (knotwork::ui::reportErrors(m_host->notifier(), _("Could not re-space the visits"),
                                       [&] { m_schedule->applyRespace(preview, toUtf8(reason)); }))
            m_host->recordChanged({RecordKind::Appointment, client});
    }
}

} // namespace knotwork::schedule::ui
