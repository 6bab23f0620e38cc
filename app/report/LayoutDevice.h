#pragma once

#include <QPaintDevice>

// A stand-in with the metrics of a real paint device (the PDF writer), for laying text out
// on another thread than the one painting on the device: it answers the same resolution and
// size and cannot be painted on.
class LayoutDevice : public QPaintDevice
{
public:
    explicit LayoutDevice(const QPaintDevice &device);
    QPaintEngine *paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    int m_width, m_height, m_widthMm, m_heightMm;
    int m_logicalDpiX, m_logicalDpiY, m_physicalDpiX, m_physicalDpiY;
    int m_depth, m_colorCount;
};
