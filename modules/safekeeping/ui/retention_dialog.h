#pragma once

#include <functional>
#include <vector>
#include <wx/dialog.h>

#include "common/notifier.h"
#include "safekeeping/retention_service.h"

class wxButton;
class wxStaticText;

namespace knotwork::ui {
class TextTable;
class WrappingText;
}

namespace knotwork::safekeeping::ui {

// The records past retention on today's date under the practice's rule, the rule in words above
// them. Choosing a row and Open chart (or Enter, or a double-click) closes the list and opens
// that client's chart. Nothing here deletes anything.
class RetentionDialog : public wxDialog {
public:
    static constexpr int kListed = 1000;

    RetentionDialog(wxWindow* parent, RetentionService& service, Notifier& notifier,
                    std::function<void(clients::ClientId)> openChart);

    std::size_t listed() const { return m_records.size(); }

private:
    void load();
    void openSelected();

    RetentionService& m_service;
    Notifier& m_notifier;
    std::function<void(clients::ClientId)> m_openChart;
    std::vector<RecordPastRetention> m_records;
    knotwork::ui::WrappingText* m_rule;
    knotwork::ui::WrappingText* m_summary;
    knotwork::ui::TextTable* m_list;
    wxButton* m_open;
};

} // namespace knotwork::safekeeping::ui
