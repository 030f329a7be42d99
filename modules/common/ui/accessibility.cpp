#include "common/ui/accessibility.h"

#include <gtk/gtk.h>
#include <wx/stattext.h>
#include <wx/window.h>

namespace knotwork::ui {
namespace {

// The widget that takes the focus and events: a text field's entry or text view, a list's tree
// view, a panel's drawing area (not the scrolled window around it).
// wxDataViewCtrl gives the scrolled window around its tree view.
GtkWidget* focusWidget(wxWindow& control)
{
    GtkWidget* widget = control.GetConnectWidget();
    if (widget && GTK_IS_SCROLLED_WINDOW(widget) && GTK_IS_TREE_VIEW(gtk_bin_get_child(GTK_BIN(widget))))
        return gtk_bin_get_child(GTK_BIN(widget));
    return widget;
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
    case AccessibleRole::List: return ATK_ROLE_LIST;
    case AccessibleRole::ListItem: return ATK_ROLE_LIST_ITEM;
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

} // namespace knotwork::ui
