import MarkdownIt, { type Token } from 'markdown-it'
import type * as M from 'mdast'
import type { Point, Position } from 'unist'
import { positionAt } from './position-at.ts'

// CommonMark plus the two GitHub extensions kits use (tables, ~~strikethrough~~); task list
// checkboxes are read below as GitHub reads them. `text_join` is off so that escapes and
// entities stay apart: their source differs from their value, and columns must stay true.
const md = new MarkdownIt('commonmark', { html: true, maxNesting: 100 }).enable(['table', 'strikethrough'])
md.core.ruler.disable('text_join')

// GitHub's task list item: `[ ]`, `[x]` or `[X]` first in the item, then a line end or spaces and text
const checkbox = /^\[([ \txX])\](?=[ \t]*\n|[ \t]+\S)/

/**
 * Parses markdown (CommonMark with GitHub tables, strikethrough and task list items) into an
 * mdast tree with line, column and offset positions, as the checks expect. markdown-it does
 * the parsing: on a 5,000-task file it is about eight times faster than micromark and builds
 * a fraction of the objects (see docs/adr/0003-markdown-parser.md).
 */
export function parseMarkdownTree(text: string, lineStarts: readonly number[]): M.Root {
  const tokens = md.parse(text, {})
  return new TreeBuilder(text, lineStarts).build(tokens)
}

class TreeBuilder {
  // A list item's first paragraph is where GitHub looks for its checkbox.
  private readonly firstParagraphOf = new WeakMap<M.Paragraph, M.ListItem>()
  // Where the previous cell of the current table row ended, so each cell is found after it.
  private rowCursor = 0
  private rowLine = 0

  private readonly text: string
  private readonly lineStarts: readonly number[]

  constructor(text: string, lineStarts: readonly number[]) {
    this.text = text
    this.lineStarts = lineStarts
  }

  build(tokens: readonly Token[]): M.Root {
    const root: M.Root = { type: 'root', children: [], position: this.span(0, this.text.length) }
    const stack: M.Parents[] = [root]
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      const parent = stack[stack.length - 1]!
      if (t.nesting === -1) {
        if (!['thead_close', 'tbody_close'].includes(t.type)) stack.pop()
        continue
      }
      const node = this.blockNode(t, parent)
      if (!node) continue
      if (node.type === 'paragraph' && parent.type === 'listItem' && parent.children.length === 0)
        this.firstParagraphOf.set(node, parent)
      if (node.type === 'tableRow') {
        this.rowCursor = 0
        this.rowLine = t.map?.[0] ?? this.rowLine
      }
      append(parent, node)
      if (t.nesting === 1 && isParent(node)) stack.push(node)
    }
    return root
  }

  /** The mdast node of one block token; undefined for tokens that only group (thead, tbody). */
  private blockNode(t: Token, parent: M.Parents): M.Nodes | undefined {
    const position = t.map ? this.blockSpan(t.map) : undefined
    switch (t.type) {
      case 'heading_open':
        return { type: 'heading', depth: headingDepth(t.tag), children: [], position }
      case 'paragraph_open':
        return { type: 'paragraph', children: [], position }
      case 'inline':
        this.inline(t, parent)
        return undefined
      case 'bullet_list_open':
        return { type: 'list', ordered: false, spread: false, children: [], position }
      case 'ordered_list_open':
        return {
          type: 'list',
          ordered: true,
          start: Number(t.attrGet('start') ?? 1),
          spread: false,
          children: [],
          position,
        }
      case 'list_item_open':
        return { type: 'listItem', checked: null, spread: false, children: [], position }
      case 'blockquote_open':
        return { type: 'blockquote', children: [], position }
      case 'table_open':
        return { type: 'table', align: [], children: [], position }
      case 'tr_open':
        return { type: 'tableRow', children: [], position }
      case 'th_open':
      case 'td_open':
        return { type: 'tableCell', children: [], position: this.blockSpan([this.rowLine, this.rowLine + 1]) }
      case 'fence': {
        const [lang, ...meta] = t.info.trim().split(/\s+/)
        return { type: 'code', lang: lang || null, meta: meta.join(' ') || null, value: chomp(t.content), position }
      }
      case 'code_block':
        return { type: 'code', lang: null, meta: null, value: chomp(t.content), position }
      case 'html_block':
        return { type: 'html', value: chomp(t.content), position }
      case 'hr':
        return { type: 'thematicBreak', position }
      default:
        return undefined
    }
  }

  /** Converts an inline token's children, with the source offset of every node. */
  private inline(t: Token, parent: M.Parents): void {
    const map = t.map ?? (parent.type === 'tableCell' ? [this.rowLine, this.rowLine + 1] : undefined)
    if (!map) return
    const content = t.content
    const toSource = this.contentMap(content, map[0], parent)
    if (parent.type === 'tableCell') parent.position = this.span(toSource(0), toSource(content.length))
    let skip = 0
    if (parent.type === 'paragraph') {
      const item = this.firstParagraphOf.get(parent)
      const m = item ? checkbox.exec(content) : null
      if (item && m) {
        item.checked = m[1] === 'x' || m[1] === 'X'
        skip = 4 // the box and the one space after it, as GitHub's parser leaves the rest
      }
    }
    const stack: M.Parents[] = [parent]
    let cursor = skip
    let textNode: { value: string; start: number; end: number } | undefined
    const flush = (): void => {
      if (!textNode || textNode.value === '') return (textNode = undefined)
      append(stack[stack.length - 1]!, {
        type: 'text',
        value: textNode.value,
        position: this.span(toSource(textNode.start), toSource(textNode.end)),
      })
      textNode = undefined
    }
    const addText = (value: string, raw: string): void => {
      const at = find(content, raw, cursor)
      if (!textNode) textNode = { value: '', start: at, end: at }
      textNode.value += value
      textNode.end = at + raw.length
      cursor = textNode.end
    }
    for (const c of t.children ?? []) {
      switch (c.type) {
        case 'text': {
          let value = c.content
          // the checkbox is not text of the task (GitHub's parser drops it the same way)
          if (skip > 0 && cursor === skip && textNode === undefined) {
            const at = content.indexOf(value, 0)
            if (at >= 0 && at < skip) value = value.slice(Math.min(value.length, skip - at))
            cursor = skip
            if (value === '') continue
          }
          addText(value, value)
          break
        }
        case 'text_special':
          addText(c.content, c.markup)
          break
        case 'softbreak':
          addText('\n', '\n')
          break
        case 'hardbreak': {
          flush()
          const at = find(content, '\n', cursor)
          append(stack[stack.length - 1]!, { type: 'break', position: this.span(toSource(at), toSource(at + 1)) })
          cursor = at + 1
          break
        }
        case 'code_inline': {
          flush()
          const at = find(content, c.markup, cursor)
          const close = content.indexOf(c.markup, at + c.markup.length + c.content.length)
          const end = close < 0 ? at + c.markup.length + c.content.length : close + c.markup.length
          append(stack[stack.length - 1]!, {
            type: 'inlineCode',
            value: c.content,
            position: this.span(toSource(at), toSource(end)),
          })
          cursor = end
          break
        }
        case 'html_inline': {
          flush()
          const at = find(content, c.content, cursor)
          const end = at + c.content.length
          append(stack[stack.length - 1]!, {
            type: 'html',
            value: c.content,
            position: this.span(toSource(at), toSource(end)),
          })
          cursor = end
          break
        }
        case 'strong_open':
        case 'em_open':
        case 's_open':
        case 'link_open': {
          flush()
          const mark = c.type === 'link_open' ? (c.markup === 'autolink' ? '<' : '[') : c.markup
          const at = find(content, mark, cursor)
          const node: M.Strong | M.Emphasis | M.Delete | M.Link =
            c.type === 'strong_open'
              ? { type: 'strong', children: [] }
              : c.type === 'em_open'
                ? { type: 'emphasis', children: [] }
                : c.type === 's_open'
                  ? { type: 'delete', children: [] }
                  : { type: 'link', url: String(c.attrGet('href') ?? ''), children: [] }
          node.position = this.span(toSource(at), toSource(at + mark.length))
          append(stack[stack.length - 1]!, node)
          stack.push(node)
          cursor = at + mark.length
          break
        }
        case 'strong_close':
        case 'em_close':
        case 's_close':
        case 'link_close': {
          flush()
          const node = stack.length > 1 ? stack.pop()! : undefined
          const end =
            c.type === 'link_close'
              ? linkEnd(content, cursor, c.markup)
              : find(content, c.markup, cursor) + c.markup.length
          if (node?.position) node.position.end = this.point(toSource(end))
          cursor = end
          break
        }
        case 'image': {
          flush()
          const at = find(content, '![', cursor)
          const end = linkEnd(content, at + 2, '')
          append(stack[stack.length - 1]!, {
            type: 'image',
            url: String(c.attrGet('src') ?? ''),
            alt: c.content,
            position: this.span(toSource(at), toSource(end)),
          })
          cursor = end
          break
        }
        default:
          break
      }
    }
    flush()
  }

  /**
   * Maps an offset in an inline token's content to an offset in the source. Paragraph
   * lines are the source lines less their container prefix (indentation, `>`, list
   * markers); a heading is a part of its line; table cells follow each other on their row.
   */
  private contentMap(content: string, firstLine: number, parent: M.Parents): (i: number) => number {
    const lines = content.split('\n')
    const starts: number[] = []
    const bases: number[] = []
    let acc = 0
    for (let k = 0; k < lines.length; k++) {
      const lineNo = firstLine + k
      const src = this.lineText(lineNo)
      const part = lines[k]!
      let col: number
      if (parent.type === 'tableCell') {
        // a cell with an escaped pipe reads differently from its source: find its start instead
        col = part === '' ? -1 : src.indexOf(part, this.rowCursor)
        if (col < 0 && part !== '') col = src.indexOf(part.slice(0, Math.max(1, part.indexOf('|'))), this.rowCursor)
        if (col < 0) col = Math.min(src.length, this.rowCursor)
        this.rowCursor = col + part.length
      } else if (part !== '' && src.trimEnd().endsWith(part)) col = src.trimEnd().length - part.length
      else {
        col = src.indexOf(part, parent.type === 'heading' ? /^[\s>]*#*/.exec(src)![0].length : 0)
        if (col < 0) col = 0
      }
      starts.push(acc)
      bases.push(this.lineStarts[lineNo]! + col)
      acc += part.length + 1
    }
    return (i) => {
      let k = starts.length - 1
      while (k > 0 && starts[k]! > i) k--
      return bases[k]! + (i - starts[k]!)
    }
  }

  private lineText(lineNo: number): string {
    const start = this.lineStarts[lineNo] ?? this.text.length
    const next = this.lineStarts[lineNo + 1]
    return this.text.slice(start, next === undefined ? this.text.length : next - 1).replace(/\r$/, '')
  }

  /** Position of lines [from, to) of a block, less trailing blank lines, starting at its first non-blank character. */
  private blockSpan(map: [number, number]): Position {
    let last = Math.max(map[0], map[1] - 1)
    while (last > map[0] && this.lineText(last).trim() === '') last--
    const first = this.lineText(map[0])
    const indent = /^[\s>]*/.exec(first)![0].length
    const start = this.lineStarts[map[0]]! + Math.min(indent, first.length)
    const end = (this.lineStarts[last] ?? this.text.length) + this.lineText(last).length
    return this.span(start, end)
  }

  private span(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) }
  }

  private point(offset: number): Point {
    const at = positionAt(this.lineStarts, offset)
    return { line: at.line, column: at.column, offset }
  }
}

function isParent(node: M.Nodes): node is M.Parents {
  return 'children' in node
}

function append(parent: M.Parents, child: M.Nodes): void {
  const children: unknown[] = parent.children
  children.push(child)
}

function find(content: string, what: string, from: number): number {
  const at = content.indexOf(what, from)
  return at < 0 ? from : at
}

/** End of a link or image whose text ends before `from`: after `](...)`, `][ref]`, `]` or `>`. */
function linkEnd(content: string, from: number, markup: string): number {
  if (markup === 'autolink') return find(content, '>', from) + 1
  const close = content.indexOf(']', from)
  if (close < 0) return from
  if (content[close + 1] === '(') {
    let depth = 0
    for (let i = close + 1; i < content.length; i++) {
      if (content[i] === '(') depth++
      else if (content[i] === ')' && --depth === 0) return i + 1
    }
    return content.length
  }
  if (content[close + 1] === '[') {
    const end = content.indexOf(']', close + 2)
    return end < 0 ? close + 1 : end + 1
  }
  return close + 1
}

function chomp(s: string): string {
  return s.endsWith('\n') ? s.slice(0, -1) : s
}

function headingDepth(tag: string): M.Heading['depth'] {
  const n = Number(tag.slice(1))
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5 ? n : 6
}
