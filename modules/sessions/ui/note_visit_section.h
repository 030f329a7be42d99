#pragma once

#include "sessions/ui/note_form_section.h"

class wxDatePickerCtrl;
class wxStaticText;

namespace knotwork::ui {
class FieldErrorMarkers;
class NumberField;
class TimeField;
}

namespace knotwork::sessions::ui {

// The visit the note records: its date (a note for yesterday's visit is one change away), the
// time it began and how long it lasted, and a plain warning when signing will make it a late
// entry.
class NoteVisitSection : public NoteFormSection {
public:
    NoteVisitSection(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers, Changed changed);

    void load(const SoapNote& note) override;
    void store(SoapNote& note, Validator& problems) const override;
    wxWindow* first() const override;
    // Says that the note will be a late entry when signed today, or hides the warning.
    void showLateEntry(bool late, const Date& visitDate);
    bool showsLateEntry() const;

private:
    wxDatePickerCtrl* m_date;
    knotwork::ui::TimeField* m_time;
    knotwork::ui::NumberField* m_minutes;
    wxStaticText* m_lateEntry;
};

} // namespace knotwork::sessions::ui
