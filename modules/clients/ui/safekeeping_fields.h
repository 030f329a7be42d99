#pragma once

#include "clients/practice_settings.h"
#include "common/validator.h"

class wxChoice;
class wxWindow;

namespace knotwork::ui {
class FieldErrorMarkers;
class FolderPicker;
class NumberField;
}

namespace knotwork::clients::ui {

// The practice settings that keep the records safe: where backups go (and a second, off-site
// copy), how many are kept and when Today warns of an old one — and how long records are kept
// (the retention rule). Two titled boxes of the practice settings dialog.
class SafekeepingFields {
public:
    SafekeepingFields(wxWindow& parent, knotwork::ui::FieldErrorMarkers& markers);

    wxSizer* backups() const { return m_backups; }
    wxSizer* retention() const { return m_retention; }

    void show(const BackupSettings& backup, const RetentionSettings& retention);
    // What the fields say; numbers that are not whole numbers are problems under their keys.
    void read(BackupSettings& backup, RetentionSettings& retention, Validator& problems) const;

private:
    void followRule();

    wxSizer* m_backups = nullptr;
    wxSizer* m_retention = nullptr;
    knotwork::ui::FolderPicker* m_folder = nullptr;
    knotwork::ui::FolderPicker* m_offsite = nullptr;
    knotwork::ui::NumberField* m_daily = nullptr;
    knotwork::ui::NumberField* m_weekly = nullptr;
    knotwork::ui::NumberField* m_monthly = nullptr;
    knotwork::ui::NumberField* m_warningDays = nullptr;
    wxChoice* m_rule = nullptr;
    knotwork::ui::NumberField* m_years = nullptr;
    int m_plainYears = 10;  // what the plain rule had, shown again when it is chosen again
};

} // namespace knotwork::clients::ui
