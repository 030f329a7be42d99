#pragma once

#include "clients/client_chart.h"
#include "common/validator.h"

class wxBoxSizer;
class wxSizer;
class wxWindow;

namespace knotwork::clients::ui {

// One group of the intake form (DOMAIN.md, "Intake (what to ask)"): its titled boxes, filled
// from an IntakeRecord and written back into one.
class IntakeSection {
public:
    virtual ~IntakeSection() = default;
    IntakeSection(const IntakeSection&) = delete;
    IntakeSection& operator=(const IntakeSection&) = delete;

    // The boxes, stacked; the form adds them in order.
    wxSizer* sizer() const;
    // The first box, scrolled to the top when the person goes to the section.
    wxWindow* top() const { return m_top; }
    virtual void load(const IntakeRecord& record) = 0;
    // Writes what the form shows into `record`. What cannot be read (a number that is not one) is
    // added to `problems` under the field's key.
    virtual void store(IntakeRecord& record, Validator& problems) const = 0;

protected:
    explicit IntakeSection(wxWindow* parent);
    // Adds a titled box under the ones before.
    void addBox(wxSizer* box);

private:
    wxWindow* m_parent;
    wxBoxSizer* m_sizer;
    wxWindow* m_top = nullptr;
};

} // namespace knotwork::clients::ui
