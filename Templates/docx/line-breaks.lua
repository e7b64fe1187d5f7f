-- Pandoc filter for jcm's Word documents, applied while Markdown becomes pandoc's document tree.
-- jcm's Markdown writes a line break inside a table cell as <br>: Word gets a real line break,
-- so that each line of a cell stays a line of its own.
function RawInline(element)
  if element.format == "html" and element.text:match("^<br%s*/?>$") then
    return pandoc.LineBreak()
  end
end

-- jcm's documents hold no images: the image's description stands in its place, so the second
-- step (the tree to .docx) has no image to fetch from the network or read from the disk.
function Image(element)
  return element.caption
end
