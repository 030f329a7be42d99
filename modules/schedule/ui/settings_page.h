#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <wx/string.h>

#include "common/validator.h"

class wxButton;
class wxSizer;
class wxTextCtrl;
class wxWindow;

namespace knotwork::ui {
class FieldErrorMarkers;
}

namespace knotwork::schedule::ui {

// What a page of the appointment book's settings uses of its dialog: the table of its fields'
// error lines, and Save's way of running an action (a refusal marks the fields and keeps what
// was typed; anything else shows at the top). attempt() is true when the action succeeded.
struct SettingsPageHooks {
    knotwork::ui::FieldErrorMarkers& markers;
    std::function<bool(const std::function<void()>&)> attempt;
};

// A page the app adds to the settings (the reminder email page, which needs the app's mail
// library, billing's): its tab's title, and what makes it under the notebook `parent`; none when
// the practice open lacks what the page sets.
struct SettingsPageFactory {
    wxString title;
    std::function<wxWindow*(wxWindow* parent, const SettingsPageHooks& hooks)> make;
};

// Lays out a page that saves through its own button: its forms' boxes one under the other, and
// under them `save`, named `name`, which runs `onSave`. Returns the button.
wxButton* layOutPage(wxWindow& page, std::initializer_list<wxSizer*> forms, const wxString& saveLabel,
                     const wxString& name, std::function<void()> onSave);

// Runs `read`, adding the problems of a ValidationError it throws to `problems`: a page reads
// every field before it says what is wrong.
void collectProblems(Validator& problems, const std::function<void()>& read);

// The amount typed in `field` ("95", "95.50") in minor units; text that is no amount adds a
// problem under `key` naming `label`, and gives 0.
long long readAmount(const wxTextCtrl& field, const std::string& key, const wxString& label, Validator& problems);

} // namespace knotwork::schedule::ui
