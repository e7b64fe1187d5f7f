-- Pandoc filter for jcm's Word documents.
-- jcm's Markdown writes a line break inside a table cell as <br>: Word gets a real line break,
-- so that each line of a cell stays a line of its own.
function RawInline(element)
  if element.format == "html" and element.text:match("^<br%s*/?>$") then
    return pandoc.LineBreak()
  end
end

-- jcm's documents hold no images: none is fetched from the network or embedded from the disk,
-- whatever an edited template writes; the image's description stands in its place.
function Image(element)
  return element.caption
end
