#include "clients/ui/provider_directory.h"

#include <algorithm>
#include <wx/combobox.h>
#include <wx/intl.h>

#include "common/ui/choice_text.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using knotwork::ui::labelText;

namespace {

// A practice's directory is tens of providers; this bounds a choice list all the same.
constexpr int kMostProviders = 2000;

} // namespace

wxString providerLabel(const Provider& provider)
{
    const wxString name = knotwork::ui::toWx(provider.name);
    if (provider.clinic.empty())
        return wxString::Format(_("%s (%s)"), name, labelText(provider.role));
    return wxString::Format(_("%s (%s, %s)"), name, labelText(provider.role), knotwork::ui::toWx(provider.clinic));
}

ProviderDirectory::ProviderDirectory(ProviderQueries& store) : m_store(store)
{
    m_providers = m_store.search("", kMostProviders);
}

void ProviderDirectory::reload()
{
    m_providers = m_store.search("", kMostProviders);
    for (const auto& listener : m_listeners)
        listener();
}

void ProviderDirectory::onChange(std::function<void()> listener)
{
    m_listeners.push_back(std::move(listener));
}

wxArrayString ProviderDirectory::labels() const
{
    wxArrayString labels;
    for (const Provider& provider : m_providers)
        labels.Add(providerLabel(provider));
    return labels;
}

std::vector<ProviderId> ProviderDirectory::ids() const
{
    std::vector<ProviderId> ids;
    for (const Provider& provider : m_providers)
        ids.push_back(provider.id);
    return ids;
}

std::optional<std::size_t> ProviderDirectory::indexOf(ProviderId id) const
{
    for (std::size_t i = 0; i < m_providers.size(); ++i)
        if (m_providers[i].id == id)
            return i;
    return std::nullopt;
}

std::optional<std::size_t> ProviderDirectory::find(const wxString& text) const
{
    const wxString wanted = wxString(text).Trim(true).Trim(false);
    for (std::size_t i = 0; i < m_providers.size(); ++i)
        if (providerLabel(m_providers[i]) == wanted || knotwork::ui::toWx(m_providers[i].name) == wanted)
            return i;
    return std::nullopt;
}

wxString ProviderDirectory::shownName(std::size_t index) const
{
    const Provider& provider = m_providers.at(index);
    const auto sameName = std::count_if(m_providers.begin(), m_providers.end(),
                                        [&](const Provider& other) { return other.name == provider.name; });
    return sameName > 1 ? providerLabel(provider) : knotwork::ui::toWx(provider.name);
}

void showProvidersByName(wxComboBox& box, const ProviderDirectory& directory, const wxString& help)
{
    const auto describe = [&box, &directory, help] {
        const wxString text = box.GetValue();
        if (const auto at = directory.find(text))
            box.SetToolTip(providerLabel(directory.providers()[*at]));
        else
            box.SetToolTip(text.empty() ? help : text);
    };
    describe();
    box.Bind(wxEVT_TEXT, [describe](wxCommandEvent& event) {
        describe();
        event.Skip();
    });
    box.Bind(wxEVT_COMBOBOX, [&box, &directory, describe](wxCommandEvent& event) {
        event.Skip();
        const int chosen = event.GetSelection();
        if (chosen == wxNOT_FOUND)
            return;
        // Once GTK has put the chosen label in the box.
        box.CallAfter([&box, &directory, describe, chosen] {
            box.ChangeValue(directory.shownName(static_cast<std::size_t>(chosen)));
            describe();
        });
    });
}

} // namespace knotwork::clients::ui
