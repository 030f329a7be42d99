#pragma once

#include <functional>
#include <vector>
#include <wx/panel.h>

#include "common/notifier.h"
#include "schedule/recall_service.h"

class wxButton;

namespace knotwork::ui {
class TextTable;
}

namespace knotwork::schedule::ui {

// "Clients to recall" on the Today view: the clients whose plan says a visit is due and none is
// booked, who have not been seen for longer than their phase allows, or whose questionnaire falls
// due at the next visit (schedule/recall.h), most overdue first, with the reason in words. Enter,
// a double click or Open chart shows the client's chart.
class RecallPanel : public wxPanel {
public:
    using OpenClient = std::function<void(ClientId)>;

    RecallPanel(wxWindow* parent, Notifier& notifier, OpenClient openClient);

    // Reads the list again (none without a practice).
    void reload(RecallService* recall);
    const std::vector<RecallRow>& rows() const { return m_rows; }
    knotwork::ui::TextTable& list() const { return *m_list; }
    void openSelected();

private:
    void openRow(std::size_t row);

    Notifier& m_notifier;
    OpenClient m_openClient;
    std::vector<RecallRow> m_rows;
    knotwork::ui::TextTable* m_list;
    wxButton* m_open;
};

} // namespace knotwork::schedule::ui
