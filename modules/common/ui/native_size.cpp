#include "common/ui/native_size.h"

#include <gtk/gtk.h>
#include <wx/window.h>

namespace knotwork::ui {

void narrowSidePadding(wxWindow& button)
{
    // One rule for the whole screen, added with the first such button, at the application's
    // priority so that it wins over the theme's more specific "button.text-button".
    [[maybe_unused]] static const bool added = [] {
        GtkCssProvider* provider = gtk_css_provider_new();
        gtk_css_provider_load_from_data(provider, "button.knotwork-narrow { padding-left: 4px; padding-right: 4px; }",
                                        -1, nullptr);
        gtk_style_context_add_provider_for_screen(gdk_screen_get_default(), GTK_STYLE_PROVIDER(provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
        g_object_unref(provider);
        return true;
    }();
    gtk_style_context_add_class(gtk_widget_get_style_context(button.GetHandle()), "knotwork-narrow");
}

int nativeMinimumWidth(wxWindow& control)
{
    int minimum = 0;
    int natural = 0;
    gtk_widget_get_preferred_width(control.GetHandle(), &minimum, &natural);
    return minimum;
}

int nativeAllocatedWidth(wxWindow& control)
{
    return gtk_widget_get_allocated_width(control.GetHandle());
}

} // namespace knotwork::ui
