#include "app/gui/today_view.h"

#include <algorithm>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/gui/navigation_views.h"
#include "common/ui/empty_state_panel.h"
#include "common/ui/scrolling_body.h"

namespace knotwork::gui {

namespace {
enum Page { NothingToDo, Lists };
constexpr int kTodayMargin = 24;
// The title, a spacer and the explanation come before the panels.
constexpr std::size_t kItemsBeforePanels = 3;
}

TodayView::TodayView(wxWindow* parent, std::function<void()> goToClients)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, viewKey(View::Today))
{
    m_book = new wxSimplebook(this);
    m_book->AddPage(new ui::EmptyStatePanel(
                        m_book,
                        {viewKey(View::Today), _("Nothing booked today"),
                         _("The day's appointments are listed here in order, each with what to "
                           "keep in mind about the client and a button to start their note."),
                         _("Go to Clients"), std::move(goToClients)},
                        "today-empty"),
                    wxString());

    m_lists = new ui::ScrollingBody(m_book, "today-list", wxVERTICAL);  // nothing is cut on a small screen
    auto* title = new wxStaticText(m_lists, wxID_ANY, _("Today"));
    title->SetFont(GetFont().Scaled(1.5f).Bold());
    auto* intro = new wxStaticText(m_lists, wxID_ANY,
                                   _("The day's appointments, the notes still to sign and who needs "
                                     "attention before their next treatment."));
    intro->Wrap(FromDIP(640));
    m_column = new wxBoxSizer(wxVERTICAL);
    m_column->Add(title, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(kTodayMargin)));
    m_column->AddSpacer(FromDIP(8));
    m_column->Add(intro, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(kTodayMargin)));
    m_column->AddSpacer(FromDIP(kTodayMargin));
    m_lists->SetSizer(m_column);
    m_book->AddPage(m_lists, wxString());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_book, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

wxWindow* TodayView::panelParent()
{
    return m_lists;
}

void TodayView::addPanel(clients::ui::TodayPanel panel)
{
    if (panel.fillsTheView) {
        m_column->Insert(m_column->GetItemCount() - 1, panel.window,
                         wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(kTodayMargin)));
    } else {
        m_column->Insert(kItemsBeforePanels + m_shortLists++, panel.window,
                         wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(kTodayMargin)));
    }
    m_panels.push_back(std::move(panel));
}

void TodayView::showWhatThereIs()
{
    bool anything = false;
    for (const clients::ui::TodayPanel& panel : m_panels) {
        const bool shown = panel.hasItems();
        panel.window->Show(shown);
        anything = anything || shown;
    }
    m_book->ChangeSelection(anything ? Lists : NothingToDo);
    m_lists->Layout();
}

} // namespace knotwork::gui
