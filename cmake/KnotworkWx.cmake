# wxWidgets 3.2 as one imported target, Knotwork::wx, so that only the GUI targets that link it
# see wx headers (CMake 3.25's FindwxWidgets gives variables, not a target).
find_package(wxWidgets 3.2 REQUIRED COMPONENTS core base)
add_library(Knotwork::wx INTERFACE IMPORTED)
target_include_directories(Knotwork::wx SYSTEM INTERFACE ${wxWidgets_INCLUDE_DIRS})
target_compile_definitions(Knotwork::wx INTERFACE ${wxWidgets_DEFINITIONS})
target_compile_options(Knotwork::wx INTERFACE ${wxWidgets_CXX_FLAGS})
target_link_libraries(Knotwork::wx INTERFACE ${wxWidgets_LIBRARIES})
