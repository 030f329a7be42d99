#pragma once

#include <filesystem>
#include <vector>
#include <wx/dialog.h>

#include "common/error.h"

namespace knotwork::ui {
class TextTable;
}

namespace knotwork::gui {

// Why an archive was refused by File › Import practice…: every problem, the record and field it
// is in beside the rule it breaks, in a list that scrolls. Says that nothing was created.
class ImportProblemsDialog : public wxDialog {
public:
    ImportProblemsDialog(wxWindow* parent, const std::filesystem::path& archive,
                         const std::vector<FieldProblem>& problems);

    ui::TextTable& list() const { return *m_list; }

private:
    ui::TextTable* m_list;
};

} // namespace knotwork::gui
