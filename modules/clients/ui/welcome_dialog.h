#pragma once

#include "common/ui/record_dialog.h"

class wxTextCtrl;

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::clients::ui {

// What a new practice is asked once (ClientsFeature::practiceShown): the practice's name, which
// the window's title shows, and the therapist's name, credentials and licence, which reports
// print on their letterhead. Saving stores them; "Skip for now" (or closing) leaves them to File ›
// Practice settings…, and the caller keeps the settings as they are so the question is not asked
// again.
class WelcomeDialog : public knotwork::ui::RecordDialog {
public:
    WelcomeDialog(wxWindow* parent, clients::ClientService& service);

private:
    void save() override;

    ClientService& m_service;
    wxTextCtrl* m_practiceName;
    wxTextCtrl* m_therapistName;
    wxTextCtrl* m_credentials;
    wxTextCtrl* m_licence;
};

} // namespace knotwork::clients::ui
