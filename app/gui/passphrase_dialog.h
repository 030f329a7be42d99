#pragma once

#include <functional>
#include <optional>
#include <string>

#include "common/ui/record_dialog.h"

class wxRadioButton;
class wxSizer;
class wxTextCtrl;

namespace knotwork::gui {

// File › Passphrase…: sets a passphrase on a plain practice (new, repeated), or for an encrypted
// one changes it (current, new, repeated) or removes it (current). Checks what was typed and
// marks the problems beside the fields; the change itself is the caller's, with chosen().
// Always says, where a passphrase is set, that forgetting it loses the practice.
class PassphraseDialog : public knotwork::ui::RecordDialog {
public:
    enum class Mode { Set, Change, Remove };
    // True when `typed` is the open practice's passphrase.
    using CurrentCheck = std::function<bool(const std::string& typed)>;

    // `encrypted`: the practice has a passphrase (Change, or Remove chosen in the dialog).
    PassphraseDialog(wxWindow* parent, bool encrypted, CurrentCheck isCurrent);

    Mode mode() const;
    void choose(Mode mode);  // Change or Remove, for an encrypted practice
    // After OK: the new passphrase, empty to remove it.
    const std::optional<std::string>& chosen() const { return m_chosen; }

    wxTextCtrl* currentField() const { return m_current; }
    wxTextCtrl& newField() const { return *m_new; }
    wxTextCtrl& repeatedField() const { return *m_repeated; }

protected:
    void save() override;

private:
    void showMode();

    CurrentCheck m_isCurrent;
    wxTextCtrl* m_current = nullptr;
    wxTextCtrl* m_new = nullptr;
    wxTextCtrl* m_repeated = nullptr;
    wxRadioButton* m_change = nullptr;
    wxRadioButton* m_remove = nullptr;
    wxSizer* m_body = nullptr;
    wxSizer* m_newBox = nullptr;
    wxWindow* m_removeNote = nullptr;
    std::optional<std::string> m_chosen;
};

} // namespace knotwork::gui
