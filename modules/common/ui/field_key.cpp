#include "common/ui/field_key.h"

#include <wx/textctrl.h>

#include "common/ui/number_field.h"
#include "common/ui/wx_text.h"

namespace knotwork::ui {

std::string fieldKey(const wxWindow& control)
{
    if (const auto* number = dynamic_cast<const NumberField*>(&control))
        return toUtf8(number->text()->GetName());
    return toUtf8(control.GetName());
}

} // namespace knotwork::ui
