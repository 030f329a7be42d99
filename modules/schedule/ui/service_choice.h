#pragma once

#include <vector>

#include "schedule/service.h"

class wxChoice;
class wxWindow;

namespace knotwork::schedule::ui {

// A choice of the services a visit may be booked as, named `name`, with the hour of treatment
// chosen (else the first): the booking dialogs' Service field.
wxChoice* serviceChoice(wxWindow* parent, const std::vector<Service>& offered, const char* name);
// The services offered, in the book's order.
std::vector<Service> offeredServices(const std::vector<Service>& all);

} // namespace knotwork::schedule::ui
