#pragma once

#include <vector>

#include "clients/practice_settings.h"
#include "common/ui/record_dialog.h"

class wxChoice;
class wxFilePickerCtrl;
class wxImage;
class wxRadioButton;
class wxStaticBitmap;
class wxTextCtrl;

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::clients::ui {

// The practice's own details, which reports print on their letterhead: names, credentials,
// licence, contact details, logo and paper size; the clinical cut-off the practice chose for the
// flexion-rotation test.
class PracticeSettingsDialog : public knotwork::ui::RecordDialog {
public:
    PracticeSettingsDialog(wxWindow* parent, clients::ClientService& service);

private:
    void save() override;
    void showLogo(const wxString& file);
    void showStoredLogo();
    void showPreview(const wxImage& image);

    ClientService& m_service;
    PracticeSettings m_settings;
    wxTextCtrl* m_practiceName;
    wxTextCtrl* m_therapistName;
    wxTextCtrl* m_credentials;
    wxTextCtrl* m_licence;
    wxTextCtrl* m_address;
    wxTextCtrl* m_phone;
    wxTextCtrl* m_email;
    wxFilePickerCtrl* m_logo;
    wxStaticBitmap* m_preview;
    std::vector<wxRadioButton*> m_paper;  // in the order of choices<PaperSize>()
    wxChoice* m_cfrtCutoff;               // 30° or 32°
};

} // namespace knotwork::clients::ui
