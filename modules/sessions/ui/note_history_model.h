#pragma once

#include <optional>
#include <vector>
#include <wx/dataview.h>

#include "sessions/soap_note.h"

namespace knotwork::sessions::ui {

// A client's session history for a wxDataViewCtrl: a virtual model over the summaries the store
// returned (newest visit first), so a long history costs one query and no note bodies.
class NoteHistoryModel : public wxDataViewVirtualListModel {
public:
    enum Column : unsigned { VisitDate, HeadacheDays, Intensity, Rotation, Status, Addenda, ColumnCount };

    void setNotes(std::vector<NoteSummary> notes);
    const std::vector<NoteSummary>& notes() const { return m_notes; }
    const NoteSummary* noteAt(unsigned row) const;
    std::optional<unsigned> rowOf(NoteId id) const;

    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
    bool SetValueByRow(const wxVariant& value, unsigned row, unsigned column) override;
    bool GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const override;

private:
    std::vector<NoteSummary> m_notes;
};

} // namespace knotwork::sessions::ui
