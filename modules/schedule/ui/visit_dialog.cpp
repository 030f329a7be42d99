#include "schedule/ui/visit_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include "common/ui/accessibility.h"
#include "common/ui/choice_text.h"
#include "common/ui/report_errors.h"
#include "common/ui/spacing.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_text.h"
#include "schedule/schedule_choices.h"

namespace knotwork::schedule::ui {

namespace {

wxString askReason(wxWindow* parent)
{
    wxTextEntryDialog ask(parent, _("Why is the visit called off? One line, kept with the visit."),
                          _("Cancel the visit"));
    ask.SetName("cancel-reason");
    return ask.ShowModal() == wxID_OK ? ask.GetValue().Strip(wxString::both) : wxString();
}

} // namespace

VisitDialog::VisitDialog(wxWindow* parent, ScheduleService& service, Notifier& notifier, const Appointment& visit,
                         const VisitWords& words, const wxString& issues, bool offerCheckOut)
    : wxDialog(parent, wxID_ANY, _("Visit"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE,
               "visit-dialog"),
      m_service(service),
      m_notifier(notifier),
      m_visit(visit),
      m_askReason(askReason)
{
    auto* heading = new wxStaticText(this, wxID_ANY, longDay(visit.start.date()) + ", " + visitTimes(visit),
                                     wxDefaultPosition, wxDefaultSize, 0, "visit-when");
    heading->SetFont(heading->GetFont().Bold().Larger());
    knotwork::ui::labelNothing(*heading);

    auto* grid = new wxFlexGridSizer(2, FromDIP(6), FromDIP(12));
    addDetail(*grid, _("Client:"), words.fullName, "visit-client");
    addDetail(*grid, _("Service:"), words.service, "visit-service");
    addDetail(*grid, _("Status:"), knotwork::ui::labelText(visit.status), "visit-status");
    if (!words.badges.empty())
        addDetail(*grid, _("Keep in mind:"), words.badges, "visit-badges");
    if (!issues.empty())
        addDetail(*grid, _("On the book:"), issues, "visit-issues");
    if (!visit.notes.empty())
        addDetail(*grid, _("Notes:"), knotwork::ui::toWx(visit.notes), "visit-notes");

    const bool booked = visit.status == AppointmentStatus::Booked;
    const bool started = visit.start <= localTimeOn(service.clock().today(), service.clock().timeOfDay());
    auto* arrived = new wxButton(this, wxID_ANY, _("Client &arrived"), wxDefaultPosition, wxDefaultSize, 0,
                                 wxDefaultValidator, "visit-arrived");
    arrived->Enable(booked);
    arrived->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        act(_("Could not mark the client arrived"), [this] { m_service.markArrived(m_visit.id, m_visit.rowVersion); });
    });
    auto* noShow = new wxButton(this, wxID_ANY, _("&No-show"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "visit-no-show");
    noShow->Enable(booked && started);
    noShow->SetToolTip(_("The client did not come and did not say: counted in the attendance"));
    noShow->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        act(_("Could not mark the no-show"), [this] { m_service.markNoShow(m_visit.id, m_visit.rowVersion); });
    });
    auto* clientCancels = new wxButton(this, wxID_ANY, _("Client ca&ncelled…"), wxDefaultPosition, wxDefaultSize,
                                       0, wxDefaultValidator, "visit-client-cancelled");
    clientCancels->SetToolTip(_("The client called it off: late when inside your cancellation window"));
    clientCancels->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { cancelBy(CancelledBy::Client); });
    auto* therapistCancels = new wxButton(this, wxID_ANY, _("&I cancel…"), wxDefaultPosition, wxDefaultSize, 0,
                                          wxDefaultValidator, "visit-therapist-cancels");
    therapistCancels->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { cancelBy(CancelledBy::Therapist); });
    for (wxButton* cancel : {clientCancels, therapistCancels})
        cancel->Enable(isUpcoming(visit.status));
    if (visit.seriesId && isUpcoming(visit.status)) {
        m_restOfSeries = new wxCheckBox(this, wxID_ANY, _("Cancel the &later visits of its series too"),
                                        wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                                        "visit-rest-of-series");
        m_restOfSeries->SetToolTip(_("This visit and every later upcoming visit booked with it, with the same reason"));
    }

    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    for (wxButton* button : {arrived, noShow, clientCancels, therapistCancels})
        actions->Add(button, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
    if (offerCheckOut) {
        auto* checkOut = new wxButton(this, wxID_ANY, _("Check &out…"), wxDefaultPosition, wxDefaultSize, 0,
                                      wxDefaultValidator, "visit-check-out");
        checkOut->SetToolTip(_("Charge the visit and take the payment, then give the receipt"));
        checkOut->Enable(mayCheckOut(visit.status));
        checkOut->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(kCheckOut); });
        actions->Add(checkOut, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
    }
    actions->AddStretchSpacer();
    actions->Add(new wxButton(this, wxID_CLOSE, _("&Close")));
    SetEscapeId(wxID_CLOSE);

    const int margin = FromDIP(knotwork::ui::kWindowMargin);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(heading, wxSizerFlags().Border(wxALL, margin));
    column->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, margin));
    if (m_restOfSeries)
        column->Add(m_restOfSeries, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    column->Add(actions, wxSizerFlags().Expand().Border(wxALL, margin));
    SetSizerAndFit(column);
    Centre();
    knotwork::ui::keepWithinWorkArea(*this);
    FindWindow(wxID_CLOSE)->SetFocus();
}

void VisitDialog::addDetail(wxSizer& grid, const wxString& label, const wxString& value, const char* name)
{
    auto* caption = new wxStaticText(this, wxID_ANY, label);
    auto* text = new wxStaticText(this, wxID_ANY, value, wxDefaultPosition, wxDefaultSize, 0, name);
    text->Wrap(FromDIP(420));
    knotwork::ui::labelNothing(*caption);
    knotwork::ui::labelNothing(*text);
    grid.Add(caption);
    grid.Add(text);
}

void VisitDialog::act(const wxString& failure, const std::function<void()>& action)
{
    if (knotwork::ui::reportErrors(m_notifier, failure, action))
        EndModal(wxID_OK);
}

void VisitDialog::cancelBy(CancelledBy by)
{
    const wxString reason = m_askReason(this);
    if (reason.empty())
        return;
    act(_("Could not cancel the visit"), [&] {
        if (m_restOfSeries && m_restOfSeries->IsChecked())
            m_service.cancelRest(m_visit.id, m_visit.rowVersion, by, knotwork::ui::toUtf8(reason));
        else
            m_service.cancel(m_visit.id, m_visit.rowVersion, by, knotwork::ui::toUtf8(reason));
    });
}

} // namespace knotwork::schedule::ui
