#pragma once

#include <functional>
#include <optional>
#include <vector>
#include <wx/arrstr.h>

class wxComboBox;

#include "clients/provider_queries.h"

namespace knotwork::clients::ui {

// The providers a form offers in its choices, read once and again after a new one is added, so
// every choice on the form lists the same providers in the same order.
class ProviderDirectory {
public:
    explicit ProviderDirectory(ProviderQueries& store);

    // Reads the directory again and tells every listener.
    void reload();
    void onChange(std::function<void()> listener);

    const std::vector<Provider>& providers() const { return m_providers; }
    // "Dr Amara Okafor (Physical therapist, Bayview Physio)": tells apart two of the same name.
    wxArrayString labels() const;
    std::vector<ProviderId> ids() const;
    std::optional<std::size_t> indexOf(ProviderId id) const;
    // The provider whose name or label is exactly `text`.
    std::optional<std::size_t> find(const wxString& text) const;
    // What a box shows once the provider is chosen: their name, or their label when another
    // provider has the same name.
    wxString shownName(std::size_t index) const;

private:
    ProviderQueries& m_store;
    std::vector<Provider> m_providers;
    std::vector<std::function<void()>> m_listeners;
};

// The label ProviderDirectory::labels() gives one provider.
wxString providerLabel(const Provider& provider);

// A box where a provider is chosen from `directory` (by their label) or typed in: a chosen one
// shows by name, which a narrow box can show whole, and the tooltip says who they are (or shows
// what was typed, or `help` while it is empty).
void showProvidersByName(wxComboBox& box, const ProviderDirectory& directory, const wxString& help);

} // namespace knotwork::clients::ui
