#pragma once

#include <optional>

#include "common/ui/record_dialog.h"
#include "schedule/service.h"

class wxCheckBox;
class wxChoice;
class wxTextCtrl;

namespace knotwork::ui {
class NumberField;
}

namespace knotwork::schedule {
class BookSettingsService;
}

namespace knotwork::schedule::ui {

// One service visits are booked as: its name, kind, length, buffer after it, default fee, whether
// tax is charged on it and its CPT code; a service being edited also says whether it is still
// offered. Saved by BookSettingsService.
class ServiceDialog : public knotwork::ui::RecordDialog {
public:
    // `service` is the stored one to edit; none for a new service.
    ServiceDialog(wxWindow* parent, BookSettingsService& settings, const std::optional<Service>& service);

private:
    void save() override;

    BookSettingsService& m_settings;
    Service m_service;
    wxTextCtrl* m_name;
    wxChoice* m_kind;
    knotwork::ui::NumberField* m_minutes;
    knotwork::ui::NumberField* m_buffer;
    wxTextCtrl* m_fee;
    wxCheckBox* m_taxable;
    wxTextCtrl* m_cptCode;
    wxCheckBox* m_offered = nullptr;
};

} // namespace knotwork::schedule::ui
