#include "gui/today_view.h"

#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/empty_state_panel.h"
#include "gui/navigation_views.h"

namespace knotwork::gui {

namespace {
enum Page { NothingToDo, NeedsAttention };
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
                                     "in a later version of Knotwork. Until then, here is who needs "
                                     "attention before their next treatment."));
    later->Wrap(FromDIP(640));
    m_needsAttention = new clients::ui::NeedsAttentionPanel(page, notifier, actions.needsAttention);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(title, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(kMargin)));
    column->AddSpacer(FromDIP(8));
    column->Add(later, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(kMargin)));
    column->Add(m_needsAttention, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(kMargin)));
    page->SetSizer(column);
    m_book->AddPage(page, wxString());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_book, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

void TodayView::reload(clients::ClientService* service)
{
    m_needsAttention->reload(service);
    m_book->ChangeSelection(m_needsAttention->total() > 0 ? NeedsAttention : NothingToDo);
}

} // namespace knotwork::gui
