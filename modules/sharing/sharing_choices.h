#pragma once

#include "clients/choices.h"
#include "sharing/disclosure.h"

namespace knotwork::clients {

KNOTWORK_DECLARE_CHOICES(sharing::DocumentKind)

} // namespace knotwork::clients
