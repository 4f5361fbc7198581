"""SVG pictures made inert: what may be drawn is kept, anything that can act is removed.

An SVG is a document, not a picture: it can hold scripts, event handlers, links to
`javascript:` URLs, HTML inside `foreignObject`, animations that set such attributes,
and references that load other files. Opened from an LMS's origin, its scripts run with
the learner's session. So every SVG is rebuilt at import from a strict allowlist of
drawing elements and attributes (lxml, entities never expanded, no network); links may
only point inside the picture (`#id`), embedded pictures only be `data:` PNG, JPEG, GIF or
WebP; style sheets that import or fetch anything are dropped. Exporters run the same
cleaning again on what an older version stored, so no package ships active content.
"""

from __future__ import annotations

import re

from lxml import etree

from authoring.model.errors import ImportRefusedError

SVG_MIME = "image/svg+xml"
SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"

_ELEMENTS = frozenset("""
svg g defs title desc symbol use switch path rect circle ellipse line polyline polygon text tspan
textPath linearGradient radialGradient stop pattern clipPath mask marker image a style filter
feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting
feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR
feGaussianBlur feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting
feSpotLight feTile feTurbulence
""".split())

_ATTRIBUTES = frozenset("""
id class style lang transform x y x1 y1 x2 y2 cx cy r rx ry fx fy fr width height d points
viewBox preserveAspectRatio version baseProfile dx dy rotate textLength lengthAdjust
text-anchor dominant-baseline alignment-baseline baseline-shift font-family font-size
font-size-adjust font-stretch font-style font-variant font-weight letter-spacing word-spacing
text-decoration writing-mode direction unicode-bidi startOffset method spacing side path
fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap stroke-linejoin
stroke-miterlimit stroke-dasharray stroke-dashoffset opacity color display visibility overflow
clip clip-path clip-rule mask filter marker-start marker-mid marker-end paint-order
vector-effect shape-rendering text-rendering image-rendering color-interpolation
color-interpolation-filters color-rendering isolation mix-blend-mode
gradientUnits gradientTransform spreadMethod offset stop-color stop-opacity
patternUnits patternContentUnits patternTransform clipPathUnits maskUnits maskContentUnits
markerUnits markerWidth markerHeight refX refY orient
filterUnits primitiveUnits in in2 result mode type values tableValues slope intercept amplitude
exponent k1 k2 k3 k4 operator order kernelMatrix divisor bias targetX targetY edgeMode
preserveAlpha surfaceScale diffuseConstant specularConstant specularExponent kernelUnitLength
lighting-color flood-color flood-opacity scale xChannelSelector yChannelSelector stdDeviation
radius baseFrequency numOctaves seed stitchTiles azimuth elevation z pointsAtX pointsAtY
pointsAtZ limitingConeAngle media requiredFeatures requiredExtensions systemLanguage
""".split())

_NEED_HREF = frozenset({"use", "image", "textPath"})
_SAFE_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$")
_URL = re.compile(r"url\s*\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_ACTIVE_CSS = re.compile(r"@import|expression\s*\(|javascript:|behavior\s*:|-moz-binding|\\",
                         re.IGNORECASE)


def sanitize_svg(data: bytes) -> bytes:
    """The same picture with nothing that can act or fetch; ImportRefusedError when the
    bytes are not an SVG document."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ImportRefusedError(f"the SVG picture cannot be read (its XML is damaged: {error.msg})") from None
    if root.tag != f"{{{SVG_NS}}}svg":
        raise ImportRefusedError("the file is not an SVG picture (its root is not <svg>)")
    _clean(root)
    etree.cleanup_namespaces(root, top_nsmap={None: SVG_NS, "xlink": XLINK_NS})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _clean(element: etree._Element) -> None:
    """Keep allowed elements and attributes, recursively; remove the rest whole."""
    for attribute in list(element.attrib):
        if not _attribute_ok(element, attribute, element.attrib[attribute]):
            del element.attrib[attribute]
    if etree.QName(element).localname == "style" and _active_css(element.text or ""):
        element.text = ""
    for child in list(element):
        if isinstance(child, etree._Entity) or not isinstance(child.tag, str) or not _element_ok(child):
            _remove_keeping_tail(child)
        else:
            _clean(child)
            if etree.QName(child).localname in _NEED_HREF and not _href(child):
                _remove_keeping_tail(child)  # its link was removed: nothing left to show


def _href(element: etree._Element) -> str | None:
    return element.get("href") or element.get(f"{{{XLINK_NS}}}href")


def _element_ok(element: etree._Element) -> bool:
    name = etree.QName(element)
    return name.namespace == SVG_NS and name.localname in _ELEMENTS


def _attribute_ok(element: etree._Element, attribute: str, value: str) -> bool:
    name = etree.QName(attribute)
    local = name.localname
    if name.namespace == XML_NS:
        return local in ("space", "lang")
    if (name.namespace not in (None, XLINK_NS)) or (name.namespace == XLINK_NS and local != "href"):
        return False
    if local == "href":
        return _href_ok(element, value)
    if local not in _ATTRIBUTES:
        return False
    if local == "style":
        return not _active_css(value)
    return _values_ok(value)


def _href_ok(element: etree._Element, value: str) -> bool:
    """Inside the picture (`#id`), or an embedded raster picture on <image>."""
    value = value.strip()
    if etree.QName(element).localname == "image":
        return bool(_SAFE_IMAGE.match(value))
    return value.startswith("#") and _values_ok(value)


def _values_ok(value: str) -> bool:
    """No script URL, and url(...) only to something inside the picture."""
    squeezed = re.sub(r"[\s\x00-\x1f]", "", value).lower()
    if "javascript:" in squeezed or "vbscript:" in squeezed:
        return False
    return all(target.strip().startswith("#") for _, target in _URL.findall(value))


def _active_css(css: str) -> bool:
    return bool(_ACTIVE_CSS.search(css)) or not _values_ok(css)


def _remove_keeping_tail(child: etree._Element) -> None:
    parent = child.getparent()
    tail = child.tail
    if tail:
        previous = child.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(child)
