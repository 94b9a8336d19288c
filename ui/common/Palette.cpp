// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/Palette.h"

#include <QEvent>
#include <QPointer>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace {
// Each role's hue (HSL degrees) and saturation; lightness is what is adapted.
struct Hue
{
    int hue;
    int saturation;
};

Hue hueOf(Palette::Role role)
{
    switch (role) {
    case Palette::Role::Error:
    case Palette::Role::Live:
        return {4, 200};
    case Palette::Role::Warning:
        return {32, 230};
    case Palette::Role::Info:
        return {216, 160};
    case Palette::Role::Success:
        return {125, 150};
    }
    return {0, 0};
}

double luminance(const QColor &c)
{
    auto channel
        = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// The role's hue at the lightness nearest to `start` that reaches the contrast wanted on
// every background given, moving away from the first background's lightness.
QColor readableOn(std::initializer_list<QColor> backgrounds, Palette::Role role, int start)
{
    const Hue h = hueOf(role);
    const bool darkBackground = luminance(*backgrounds.begin()) < 0.18;
    const int step = darkBackground ? 4 : -4;
    for (int lightness = start; lightness >= 0 && lightness <= 255; lightness += step) {
        const QColor c = QColor::fromHsl(h.hue, h.saturation, lightness);
        if (std::all_of(backgrounds.begin(), backgrounds.end(), [&c](const QColor &b) {
                return Palette::contrast(c, b) >= Palette::minimumContrast;
            }))
            return c;
    }
    return darkBackground ? QColor(Qt::white) : QColor(Qt::black);
}

// The theme a widget is drawn in: its parent's palette (its own is the style sheet's).
QPalette themeOf(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette() : widget->palette();
}

class TextKeeper : public QObject
{
public:
    TextKeeper(QWidget *widget, Palette::Role role)
        : QObject(widget)
        , m_widget(widget)
        , m_role(role)
    {
        // A widget with a style sheet stops inheriting palette changes: the parent's
        // (or the application's) tell when the theme changed.
        widget->installEventFilter(this);
        if (widget->parentWidget())
            widget->parentWidget()->installEventFilter(this);
        apply();
    }
    void setRole(Palette::Role role)
    {
        m_role = role;
        apply();
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if ((event->type() == QEvent::PaletteChange
             || event->type() == QEvent::ApplicationPaletteChange)
            && !m_applying)
            apply();
        return false;
    }

private:
    void apply()
    {
        m_applying = true; // a style sheet repolishes the widget: no loop
        m_widget->setStyleSheet(Palette::textStyle(m_role, themeOf(m_widget)));
        m_applying = false;
    }

    QPointer<QWidget> m_widget;
    Palette::Role m_role;
    bool m_applying = false;
};
} // namespace

double Palette::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool Palette::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.18;
}

QColor Palette::text(Role role, const QPalette &palette)
{
    // Readable on the window and in item views and text boxes (Base).
    return readableOn({palette.color(QPalette::Window), palette.color(QPalette::Base)}, role,
                      isDark(palette) ? 150 : 110);
}

QColor Palette::fill(Role role, const QPalette &palette)
{
    const Hue h = hueOf(role);
    return isDark(palette) ? QColor::fromHsl(h.hue, h.saturation / 2, 45)
                           : QColor::fromHsl(h.hue, h.saturation, 240);
}

QColor Palette::textOnFill(Role role, const QPalette &palette)
{
    const QColor background = fill(role, palette);
    return readableOn({background}, role, isDark(palette) ? 200 : 70);
}

QColor Palette::badge(Role role, const QPalette &palette)
{
    Q_UNUSED(palette)
    const Hue h = hueOf(role);
    return QColor::fromHsl(h.hue, h.saturation, 95); // strong in either theme
}

QColor Palette::textOnBadge(Role role, const QPalette &palette)
{
    const QColor background = badge(role, palette);
    return contrast(Qt::white, background) >= contrast(Qt::black, background) ? QColor(Qt::white)
                                                                              : QColor(Qt::black);
}

QString Palette::textStyle(Role role, const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(text(role, palette).name());
}

QString Palette::badgeStyle(Role role, const QPalette &palette)
{
    return QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; "
                          "padding: 2px 8px; border-radius: 3px; }")
        .arg(badge(role, palette).name(), textOnBadge(role, palette).name());
}

namespace {
TextKeeper *keeperOf(QWidget *widget)
{
    for (QObject *child : widget->children()) {
        if (auto *keeper = dynamic_cast<TextKeeper *>(child))
            return keeper;
    }
    return nullptr;
}
} // namespace

void Palette::setText(QWidget *widget, Role role)
{
    if (TextKeeper *keeper = keeperOf(widget))
        keeper->setRole(role);
    else
        new TextKeeper(widget, role);
}

void Palette::clearText(QWidget *widget)
{
    delete keeperOf(widget);
    widget->setStyleSheet(QString());
}
