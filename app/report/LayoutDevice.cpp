#include "LayoutDevice.h"

LayoutDevice::LayoutDevice(const QPaintDevice &device)
    : m_width(device.width()), m_height(device.height()), m_widthMm(device.widthMM()), m_heightMm(device.heightMM()),
      m_logicalDpiX(device.logicalDpiX()), m_logicalDpiY(device.logicalDpiY()),
      m_physicalDpiX(device.physicalDpiX()), m_physicalDpiY(device.physicalDpiY()), m_depth(device.depth()),
      m_colorCount(device.colorCount())
{
}

int LayoutDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth: return m_width;
    case PdmHeight: return m_height;
    case PdmWidthMM: return m_widthMm;
    case PdmHeightMM: return m_heightMm;
    case PdmNumColors: return m_colorCount;
    case PdmDepth: return m_depth;
    case PdmDpiX: return m_logicalDpiX;
    case PdmDpiY: return m_logicalDpiY;
    case PdmPhysicalDpiX: return m_physicalDpiX;
    case PdmPhysicalDpiY: return m_physicalDpiY;
    case PdmDevicePixelRatio: return 1; // as a printer's
    case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
    default: return QPaintDevice::metric(metric);
    }
}
