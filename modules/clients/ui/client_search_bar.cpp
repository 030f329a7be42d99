#include "clients/ui/client_search_bar.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/numformatter.h>
#include <wx/srchctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/accessibility.h"
#include "common/ui/choice_text.h"

namespace knotwork::clients::ui {

using knotwork::ui::labelText;

namespace {

// Typing "nguy" searches once, after the pause, not four times.
constexpr int kTypingPauseMs = 150;

template <typename E>
wxChoice* choiceOf(wxWindow* parent, const wxString& name)
{
    auto* choice = new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                                wxDefaultValidator, name);
    for (const Choice<E>& item : choices<E>())
        choice->Append(labelText(item.value));
    choice->SetSelection(0);
    return choice;
}

template <typename E>
E chosen(const wxChoice* choice)
{
    return choices<E>()[static_cast<std::size_t>(std::max(choice->GetSelection(), 0))].value;
}

} // namespace

ClientSearchBar::ClientSearchBar(wxWindow* parent, Actions actions)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "client-search-bar"),
      m_actions(std::move(actions)),
      m_typingPause(this)
{
    m_search = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                wxTE_PROCESS_ENTER, wxDefaultValidator, "client-search");
    m_search->SetDescriptiveText(_("Search by name, phone or email"));
    m_search->ShowCancelButton(true);
    m_search->SetToolTip(_("Find a client by name, phone or email (Ctrl+F); Enter or Down goes to the list"));
    knotwork::ui::setAccessibleName(*m_search, _("Find a client"));
    knotwork::ui::setAccessibleDescription(*m_search, _("By name, phone or email; Down goes to the list"));
    m_search->SetMinSize(wxSize(FromDIP(200), -1));
    m_filter = choiceOf<ClientFilter>(this, "client-filter");
    m_filter->SetToolTip(_("Which clients to list"));
    knotwork::ui::setAccessibleName(*m_filter, _("Clients to list"));
    m_sort = choiceOf<ClientSort>(this, "client-sort");
    auto* sortLabel = new wxStaticText(this, wxID_ANY, _("Sort by:"));
    knotwork::ui::labelControl(*sortLabel, *m_sort);
    m_count = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "client-count");
    auto* add = new wxButton(this, wxID_ANY, _("+ New client"), wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, "new-client");
    add->SetToolTip(_("Add a client and their intake (Ctrl+N)"));

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    const auto after = [this](int gap) { return wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(gap)); };
    row->Add(m_search, wxSizerFlags(1).CenterVertical());
    row->Add(m_filter, after(12));
    row->Add(sortLabel, after(16));
    row->Add(m_sort, after(6));
    row->Add(m_count, after(16));
    row->Add(add, after(16));
    SetSizer(row);

    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { m_typingPause.StartOnce(kTypingPauseMs); });
    m_search->Bind(wxEVT_SEARCH, [this](wxCommandEvent&) {
        searchNow();
        m_actions.toList();
    });
    m_search->Bind(wxEVT_SEARCH_CANCEL, [this](wxCommandEvent&) { m_search->Clear(); });
    m_search->Bind(wxEVT_CHAR_HOOK, &ClientSearchBar::onSearchKey, this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { m_actions.queryChanged(); });
    m_filter->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { searchNow(); });
    m_sort->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { searchNow(); });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_actions.newClient(); });
}

ClientQuery ClientSearchBar::query() const
{
    return {knotwork::ui::toUtf8(m_search->GetValue()), chosen<ClientFilter>(m_filter),
            chosen<ClientSort>(m_sort)};
}

void ClientSearchBar::setFilter(ClientFilter filter)
{
    const auto list = choices<ClientFilter>();
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].value == filter)
            m_filter->SetSelection(static_cast<int>(i));
}

void ClientSearchBar::showCount(long long count)
{
    m_count->SetLabel(wxString::Format(wxPLURAL("%s client", "%s clients", count),
                                       wxNumberFormatter::ToString(static_cast<long>(count))));
    Layout();
}

void ClientSearchBar::focusSearch()
{
    m_search->SetFocus();
    m_search->SelectAll();
}

void ClientSearchBar::searchFor(const wxString& text)
{
    m_search->SetFocus();
    m_search->SetValue(text);  // searches after the typing pause, as typing does
    m_search->SetInsertionPointEnd();
}

void ClientSearchBar::onSearchKey(wxKeyEvent& event)
{
    if (event.GetKeyCode() == WXK_ESCAPE && !m_search->IsEmpty()) {
        m_search->Clear();
        searchNow();
    } else if (event.GetKeyCode() == WXK_DOWN) {
        searchNow();
        m_actions.toList();
    } else {
        event.Skip();
    }
}

void ClientSearchBar::searchNow()
{
    m_typingPause.Stop();
    m_actions.queryChanged();
}

} // namespace knotwork::clients::ui
