#pragma once

#include <optional>
#include <set>
#include <vector>

#include "sessions/soap_note.h"

class wxFlexGridSizer;
class wxStaticText;
class wxTextCtrl;
class wxWindow;

namespace knotwork::ui {
class FormGrid;
class ScaleButtons;
}

namespace knotwork::sessions::ui {

// "Home programme since the last visit": one row for each home-care item the client's last
// signed visit gave, answered Daily, Some days or Not at all, and the client's comment. At a
// first visit, or when the last visit gave no home care, a muted line says so and no row shows.
// The rows are one Tab stop, as the re-screen is: Up and Down go from item to item, Left and
// Right (or D, S, N) answer. Nothing here is carried forward: each visit asks again.
class HomeProgrammeRows {
public:
    // Adds the line, the rows and the comment under the other fields of `box`.
    explicit HomeProgrammeRows(knotwork::ui::FormGrid& box);

    // The controls a person changes, to watch.
    std::vector<wxWindow*> controls() const;
    // The last signed visit before this one (none at a first visit): its date and home care.
    void showLastVisit(const std::optional<Date>& visit, const std::set<HomeCare>& given);
    void load(const Subjective& s);
    // The answers of the rows shown, in the choices' order, and the comment.
    void store(Subjective& s) const;

private:
    struct Row {
        HomeCare item;
        wxStaticText* label;
        knotwork::ui::ScaleButtons* kept;
    };

    wxStaticText* m_line;
    std::vector<Row> m_rows;
    wxStaticText* m_commentLabel;
    wxTextCtrl* m_comment;
};

} // namespace knotwork::sessions::ui
