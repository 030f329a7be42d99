#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "clients/client.h"
#include "clients/consent.h"
#include "common/ui/record_dialog.h"

class wxButton;
class wxChoice;
class wxDatePickerCtrl;
class wxRadioButton;
class wxTextCtrl;

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::ui {
class TextTable;
}

namespace knotwork::clients::ui {

class ProviderDirectory;

// A client's consents: those on file (revocable, with the date), and a form to add informed
// consent to treatment, consent to share records with a named provider, or the client's
// acceptance of the cancellation policy (its current version filled in).
class ConsentDialog : public knotwork::ui::RecordDialog {
public:
    ConsentDialog(wxWindow* parent, clients::ClientService& service, clients::ClientId client);
    ~ConsentDialog() override;

    // Asks the day a consent was revoked; nothing when the person cancels. A dialog by default.
    using RevokeDatePrompt = std::function<std::optional<Date>(const Consent&)>;
    void setRevokeDatePrompt(RevokeDatePrompt prompt) { m_askRevokeDate = std::move(prompt); }

    const std::vector<Consent>& consents() const { return m_consents; }
    // Revokes the consent selected in the list, asking the date.
    void revokeSelected();
    knotwork::ui::TextTable& list() const { return *m_list; }

private:
    // Records the consent filled in under "Add a consent".
    void save() override;
    ConsentKind chosenKind() const;
    // The chosen kind's current wording version (ClientService::currentWordingVersion) in the
    // version field, unless the person typed their own.
    void fillWordingVersion();
    void addConsent();
    void showConsents();
    void enableControls();

    ClientService& m_service;
    ClientId m_client;
    std::unique_ptr<ProviderDirectory> m_directory;
    std::vector<Consent> m_consents;
    RevokeDatePrompt m_askRevokeDate;
    knotwork::ui::TextTable* m_list;
    wxButton* m_revoke;
    wxRadioButton* m_treatment;
    wxRadioButton* m_share;
    wxRadioButton* m_policy;
    wxChoice* m_provider;
    wxDatePickerCtrl* m_givenOn;
    wxTextCtrl* m_version;
    std::string m_filledVersion;  // what fillWordingVersion last put in m_version
};

} // namespace knotwork::clients::ui
