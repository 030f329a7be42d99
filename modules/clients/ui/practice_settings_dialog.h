#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clients/practice_settings.h"
#include "clients/ui/safekeeping_fields.h"
#include "common/ui/record_dialog.h"

class wxChoice;
class wxFilePickerCtrl;
class wxImage;
class wxRadioButton;
class wxStaticBitmap;
class wxTextCtrl;

namespace knotwork::ui {
class FormGrid;
class NumberField;
}

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::clients::ui {

// The practice's own details, which reports print on their letterhead: names, credentials,
// licence, contact details, logo, the therapist's signature and paper size; the clinical
// thresholds the practice chose (the flexion-rotation test's cut-off, the smallest meaningful
// range-of-motion change); where backups go and how many are kept, and how long records are kept.
class PracticeSettingsDialog : public knotwork::ui::RecordDialog {
public:
    PracticeSettingsDialog(wxWindow* parent, clients::ClientService& service);

private:
    // A PNG or JPEG to pick, with a preview of the chosen (or stored) one under it.
    struct ImagePicker {
        wxFilePickerCtrl* file = nullptr;
        wxStaticBitmap* preview = nullptr;
    };

    ImagePicker addImagePicker(knotwork::ui::FormGrid& grid, const wxString& label, const std::string& key,
                               const wxString& prompt, const wxString& note);
    void showStored(const ImagePicker& picker, const std::optional<long long>& attachmentId);
    void showPreview(const ImagePicker& picker, const wxImage& image);
    void save() override;

    ClientService& m_service;
    PracticeSettings m_settings;
    wxTextCtrl* m_practiceName;
    wxTextCtrl* m_therapistName;
    wxTextCtrl* m_credentials;
    wxTextCtrl* m_licence;
    wxTextCtrl* m_address;
    wxTextCtrl* m_phone;
    wxTextCtrl* m_email;
    ImagePicker m_logo;
    ImagePicker m_signature;
    std::vector<wxRadioButton*> m_paper;  // in the order of choices<PaperSize>()
    wxChoice* m_cfrtCutoff;               // 30° or 32°
    knotwork::ui::NumberField* m_romChange;  // degrees, 5–20
    SafekeepingFields m_safekeeping;
};

} // namespace knotwork::clients::ui
