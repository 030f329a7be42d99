#include "app/gui/today_view.h"

#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/empty_state_panel.h"
#include "app/gui/navigation_views.h"
#include "plans/ui/plan_reminders_panel.h"
#include "sessions/ui/unsigned_notes_panel.h"

namespace knotwork::gui {

namespace {
enum Page { NothingToDo, Lists };
constexpr int kMargin = 24;
}

TodayView::TodayView(wxWindow* parent, Notifier& notifier, const Actions& actions)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, viewKey(View::Today))
{
    m_book = new wxSimplebook(this);
    m_book->AddPage(new ui::EmptyStatePanel(
                        m_book,
                        {viewKey(View::Today), _("Nothing booked today"),
                         _("Today's appointments will be listed here in order, each with the "
                           "client's safety badges and a button to start their note. Booking "
                           "comes in a later version of Knotwork."),
                         _("Go to Clients"), actions.goToClients},
                        "today-empty"),
                    wxString());

    auto* page = new wxPanel(m_book, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "today-list");
    auto* title = new wxStaticText(page, wxID_ANY, _("Today"));
    title->SetFont(GetFont().Scaled(1.5f).Bold());
    auto* later = new wxStaticText(page, wxID_ANY,
                                   _("The day's appointments will be listed here once booking arrives "
                                     "in a later version of Knotwork. Until then, here are the notes "
                                     "still to sign and who needs attention before their next treatment."));
    later->Wrap(FromDIP(640));
    m_unsignedNotes = new sessions::ui::UnsignedNotesPanel(page, notifier, actions.openNote);
    m_planReminders = new plans::ui::PlanRemindersPanel(page, notifier, actions.openPlan);
    m_needsAttention = new clients::ui::NeedsAttentionPanel(page, notifier, actions.needsAttention);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(title, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(kMargin)));
    column->AddSpacer(FromDIP(8));
    column->Add(later, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(kMargin)));
    column->Add(m_unsignedNotes, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(kMargin)));
    column->Add(m_planReminders, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(kMargin)));
    column->Add(m_needsAttention, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(kMargin)));
    page->SetSizer(column);
    m_book->AddPage(page, wxString());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_book, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

void TodayView::reload(clients::ClientService* clients, sessions::SessionService* sessions,
                       plans::PlanService* plans)
{
    m_needsAttention->reload(clients);
    m_planReminders->reload(plans);
    reloadUnsignedNotes(sessions);
}

void TodayView::reloadPlanReminders(plans::PlanService* plans)
{
    m_planReminders->reload(plans);
    showWhatThereIs();
}

void TodayView::reloadUnsignedNotes(sessions::SessionService* sessions)
{
    m_unsignedNotes->reload(sessions);
    showWhatThereIs();
}

void TodayView::showWhatThereIs()
{
    const bool drafts = !m_unsignedNotes->drafts().empty();
    const bool attention = m_needsAttention->total() > 0;
    const bool plans = !m_planReminders->reminders().empty();
    m_unsignedNotes->Show(drafts);
    m_planReminders->Show(plans);
    m_needsAttention->Show(attention);
    m_book->ChangeSelection(drafts || plans || attention ? Lists : NothingToDo);
    m_book->GetPage(Lists)->Layout();
}

} // namespace knotwork::gui
