#include "common/ui/accessibility.h"

#include <gtk/gtk.h>
#include <wx/dataview.h>
#include <wx/stattext.h>
#include <wx/window.h>

namespace knotwork::ui {
namespace {

// The widget that takes the focus and events: a text field's entry or text view, a list's tree
// view, a panel's drawing area (not the scrolled window around it).
GtkWidget* focusWidget(wxWindow& control)
{
    // A wxDataViewCtrl connects its scrolled window; the tree view in it is what a reader meets.
    if (auto* list = dynamic_cast<wxDataViewCtrl*>(&control)) return list->GtkGetTreeView();
    // A titled box is a frame with its title; what it connects is the area inside.
    if (GTK_IS_FRAME(control.GetHandle())) return control.GetHandle();
    return control.GetConnectWidget();
}

AtkObject* accessibleOf(wxWindow& control)
{
    GtkWidget* widget = focusWidget(control);
    return widget ? gtk_widget_get_accessible(widget) : nullptr;
}

AtkRole atkRole(AccessibleRole role)
{
    switch (role) {
    case AccessibleRole::Alert: return ATK_ROLE_ALERT;
    case AccessibleRole::StatusBar: return ATK_ROLE_STATUSBAR;
    case AccessibleRole::Image: return ATK_ROLE_IMAGE;
    case AccessibleRole::Panel: return ATK_ROLE_PANEL;
    case AccessibleRole::Group: return ATK_ROLE_GROUPING;
    }
    return ATK_ROLE_UNKNOWN;
}

wxString fromUtf8(const char* text) { return text ? wxString::FromUTF8(text) : wxString(); }

// A label's words as a name: without its mnemonic and the colon that ends it.
wxString nameFromLabel(const wxStaticText& label)
{
    wxString name = label.GetLabelText();
    name.Trim();
    if (name.EndsWith(":")) name.RemoveLast();
    return name.Trim();
}

} // namespace

void setAccessibleRole(wxWindow& control, AccessibleRole role)
{
    if (AtkObject* accessible = accessibleOf(control)) atk_object_set_role(accessible, atkRole(role));
}

void setAccessibleName(wxWindow& control, const wxString& name)
{
    AtkObject* accessible = accessibleOf(control);
    if (!accessible || fromUtf8(atk_object_get_name(accessible)) == name) return;
    atk_object_set_name(accessible, name.utf8_str());
    // A combo box one can type in takes events on its entry, but a reader meets the combo box
    // first: both say the name.
    GtkWidget* outer = control.GetHandle();
    if (GTK_IS_COMBO_BOX(outer) && outer != focusWidget(control))
        atk_object_set_name(gtk_widget_get_accessible(outer), name.utf8_str());
}

void setAccessibleDescription(wxWindow& control, const wxString& description)
{
    AtkObject* accessible = accessibleOf(control);
    if (!accessible || fromUtf8(atk_object_get_description(accessible)) == description) return;
    atk_object_set_description(accessible, description.utf8_str());
}

void labelControl(wxStaticText& label, wxWindow& control)
{
    GtkWidget* labelWidget = label.GetHandle();
    GtkWidget* target = focusWidget(control);
    if (!GTK_IS_LABEL(labelWidget) || !target) return;
    GList* earlier = gtk_widget_list_mnemonic_labels(target);
    for (GList* item = earlier; item; item = item->next) {
        if (item->data != labelWidget && GTK_IS_LABEL(item->data))
            gtk_label_set_mnemonic_widget(GTK_LABEL(item->data), nullptr);
    }
    g_list_free(earlier);
    gtk_label_set_mnemonic_widget(GTK_LABEL(labelWidget), target);
    setAccessibleName(control, nameFromLabel(label));
}

void labelNothing(wxStaticText& text)
{
    if (GTK_IS_LABEL(text.GetHandle())) gtk_label_set_mnemonic_widget(GTK_LABEL(text.GetHandle()), nullptr);
}

wxString accessibleName(wxWindow& control)
{
    AtkObject* accessible = accessibleOf(control);
    return accessible ? fromUtf8(atk_object_get_name(accessible)) : wxString();
}

wxString accessibleDescription(wxWindow& control)
{
    AtkObject* accessible = accessibleOf(control);
    return accessible ? fromUtf8(atk_object_get_description(accessible)) : wxString();
}

wxString accessibleLabelledBy(wxWindow& control)
{
    AtkObject* accessible = accessibleOf(control);
    if (!accessible) return {};
    AtkRelationSet* relations = atk_object_ref_relation_set(accessible);
    wxString text;
    if (AtkRelation* relation = atk_relation_set_get_relation_by_type(relations, ATK_RELATION_LABELLED_BY)) {
        GPtrArray* targets = atk_relation_get_target(relation);
        if (targets && targets->len > 0)
            text = fromUtf8(atk_object_get_name(ATK_OBJECT(g_ptr_array_index(targets, 0))));
    }
    g_object_unref(relations);
    return text;
}

wxString accessibleRoleName(wxWindow& control)
{
    AtkObject* accessible = accessibleOf(control);
    return accessible ? fromUtf8(atk_role_get_name(atk_object_get_role(accessible))) : wxString();
}

// Tables: a native list's rows and cells as ATK's table interface gives them.

namespace {

AtkTable* accessibleTable(wxWindow& table)
{
    AtkObject* accessible = accessibleOf(table);
    return accessible && ATK_IS_TABLE(accessible) ? ATK_TABLE(accessible) : nullptr;
}

// A cell's text; an icon beside text is a cell holding the two, and says the text.
wxString cellText(AtkObject* cell)
{
    wxString text;
    if (ATK_IS_TEXT(cell)) {
        gchar* chars = atk_text_get_text(ATK_TEXT(cell), 0, -1);
        text = fromUtf8(chars);
        g_free(chars);
    }
    if (text.empty()) text = fromUtf8(atk_object_get_name(cell));
    for (gint index = 0; text.empty() && index < atk_object_get_n_accessible_children(cell); ++index) {
        AtkObject* part = atk_object_ref_accessible_child(cell, index);
        if (part) {
            text = cellText(part);
            g_object_unref(part);
        }
    }
    return text;
}

} // namespace

int accessibleRowCount(wxWindow& table)
{
    AtkTable* accessible = accessibleTable(table);
    return accessible ? atk_table_get_n_rows(accessible) : 0;
}

wxString accessibleCellText(wxWindow& table, int row, int column)
{
    AtkTable* accessible = accessibleTable(table);
    if (!accessible || row < 0 || row >= atk_table_get_n_rows(accessible) || column < 0
        || column >= atk_table_get_n_columns(accessible))
        return {};
    AtkObject* cell = atk_table_ref_at(accessible, row, column);
    if (!cell) return {};
    const wxString text = cellText(cell);
    g_object_unref(cell);
    return text;
}

int accessibleSelectedRow(wxWindow& table)
{
    AtkTable* accessible = accessibleTable(table);
    if (!accessible) return -1;
    gint* rows = nullptr;
    const gint count = atk_table_get_selected_rows(accessible, &rows);
    const int row = count > 0 ? rows[0] : -1;
    g_free(rows);
    return row;
}

} // namespace knotwork::ui
