/**
 * The one place that reaches past pst-extractor's public surface. Everything else in this folder
 * uses the functions below, so an upgrade of the library is checked here and in the tests.
 *
 * Why reach past it at all:
 * - PSTFolder.getNextChild() swallows an item that fails to load (it logs and moves on), so an
 *   unreadable item would vanish from the count. We walk the folder's contents table ourselves and
 *   load each row by its node id, so a failure becomes an error item with its locator.
 * - PSTFolder.getSubFolders() fails as a whole when one subfolder fails; we load them one by one.
 * - PSTAttachment.embeddedPSTMessage always returns null in 1.12 (it requires a descriptor node
 *   that attachments never have); we give it the owning item's node for the call.
 * - Attachment data of OLE objects (PT_OBJECT) is not exposed; MAPI properties the library has no
 *   getter for (SMTP addresses, References, PR_ATTACH_FLAGS…) are behind protected getters.
 * - The root module exports only a few classes and no Long; the layering rules allow importing the
 *   package root only, so the Long class is taken from a node id the library handed out.
 *
 * The member names used here are those of pst-extractor 1.12.0 (see its dist/*.d.ts).
 */
import { PSTFolder, PSTMessage } from 'pst-extractor';
import type { PSTAttachment, PSTFile } from 'pst-extractor';

/** A node of the store's descriptor b-tree, as the library represents it. */
export type DescriptorNode = ReturnType<PSTFile['getDescriptorIndexNode']>;

type LongValue = PSTFolder['descriptorNodeId'];
type LongClass = { fromNumber(value: number): LongValue };

/** A property value cell as the library's tables hold it. */
type TableItem = { entryValueType: number; entryValueReference: number; isExternalValueReference: boolean; data: Uint8Array };
type SubNode = { getData(): Uint8Array; subNodeOffsetIndexIdentifier: number };
type RowTable = { rowCount: number; getItems(start?: number, count?: number): Array<Map<number, TableItem>> };

/** The protected and private members of PSTObject and its subclasses that we use. */
type ObjectInternals = {
  pstTableItems: Map<number, TableItem> | null;
  localDescriptorItems: Map<number, SubNode> | null;
  descriptorIndexNode: DescriptorNode | null;
  getStringItem(id: number): string;
  getIntItem(id: number): number;
  getBooleanItem(id: number): boolean;
  getBinaryItem(id: number): Uint8Array | null;
};
type FolderInternals = { emailsTable: RowTable | null; fallbackEmailsTable: DescriptorNode[] | null; subfoldersTable: RowTable | null };
type MessageInternals = { recipientTable: RowTable | null; processAttachments(): void };

type PstObject = PSTFolder | PSTMessage | PSTAttachment;

function internals(object: PstObject): ObjectInternals {
  return object as unknown as ObjectInternals;
}

/** PidTagLtpRowId: the column of every table row that holds the row's node id. */
const ROW_ID = 0x67f2;
/** Local descriptors (subnodes) of a message that hold its recipient and attachment tables. */
const RECIPIENT_TABLE_SUBNODE = 0x0692;
const ATTACHMENT_TABLE_SUBNODE = 0x0671;
/** PR_ATTACH_DATA_BIN / PR_ATTACH_DATA_OBJ share this id; the type tells them apart. */
const PR_ATTACH_DATA = 0x3701;
const PT_OBJECT = 0x000d;
const PT_BINARY = 0x0102;

/** Node id types ([MS-PST] 2.2.2.1): the low five bits of a node id. */
export const NID_TYPE_NORMAL_FOLDER = 0x02;
export const NID_TYPE_SEARCH_FOLDER = 0x03;

export function nodeType(nid: number): number {
  return nid & 0x1f;
}

/** Opens store nodes by id. */
export class PstNodes {
  private readonly longClass: LongClass;

  constructor(readonly pst: PSTFile) {
    this.longClass = pst.getRootFolder().descriptorNodeId.constructor as unknown as LongClass;
  }

  node(nid: number): DescriptorNode {
    return this.pst.getDescriptorIndexNode(this.longClass.fromNumber(nid));
  }

  folder(nid: number): PSTFolder {
    return new PSTFolder(this.pst, this.node(nid));
  }

  /**
   * Any item as a PSTMessage, whatever its class: every MAPI item has the properties we read, and
   * the library's class-specific loader logs to the console for classes it does not know.
   */
  item(node: DescriptorNode): PSTMessage {
    return new PSTMessage(this.pst, node);
  }
}

export function nidOf(object: PSTFolder | PSTMessage): number {
  return object.descriptorNodeId.toNumber();
}

/**
 * The node ids of a folder's items, read from its contents table row by row. When the contents
 * table is unreadable the library falls back to the descriptor tree's children of the folder.
 */
export function contentNids(folder: PSTFolder): { count: number; nidAt(index: number): number | null } {
  // emailCount builds the contents table (or the fallback list) as a side effect.
  void folder.emailCount;
  const { emailsTable, fallbackEmailsTable } = folder as unknown as FolderInternals;
  if (emailsTable !== null) {
    return { count: emailsTable.rowCount, nidAt: (index) => rowNid(emailsTable.getItems(index, 1)[0]) };
  }
  if (fallbackEmailsTable !== null) {
    return { count: fallbackEmailsTable.length, nidAt: (index) => fallbackEmailsTable[index]?.descriptorIdentifier ?? null };
  }
  return { count: 0, nidAt: () => null };
}

/** The node ids of a folder's subfolders, from its hierarchy table. Throws when the table is unreadable. */
export function subfolderNids(folder: PSTFolder): number[] {
  void folder.subFolderCount;
  const table = (folder as unknown as FolderInternals).subfoldersTable;
  if (table === null) {
    return [];
  }
  return table.getItems().map(rowNid).filter((nid): nid is number => nid !== null);
}

/**
 * The child folders of a folder as the store's descriptor b-tree records them: the fallback when
 * the folder's hierarchy table is unreadable. Builds an index of the whole b-tree once per store.
 */
export function subfolderNidsFromIndex(pst: PSTFile, folderNid: number): number[] {
  const children = pst.getChildDescriptorTree().get(folderNid) ?? [];
  return children
    .map((child) => child.descriptorIdentifier)
    .filter((nid) => nodeType(nid) === NID_TYPE_NORMAL_FOLDER || nodeType(nid) === NID_TYPE_SEARCH_FOLDER);
}

function rowNid(row: Map<number, TableItem> | undefined): number | null {
  const cell = row?.get(ROW_ID);
  return cell === undefined ? null : cell.entryValueReference;
}

export function stringProperty(object: PstObject, id: number): string {
  return id < 0 ? '' : internals(object).getStringItem(id);
}

export function intProperty(object: PstObject, id: number): number | null {
  return internals(object).pstTableItems?.has(id) === true ? internals(object).getIntItem(id) : null;
}

export function booleanProperty(object: PstObject, id: number): boolean {
  return internals(object).getBooleanItem(id);
}

export function binaryProperty(object: PstObject, id: number): Uint8Array | null {
  return internals(object).getBinaryItem(id);
}

/** The property id a named property (long id in a property set) has in this store, or -1. */
export function namedPropertyId(pst: PSTFile, lid: number, propertySetIndex: number): number {
  return pst.getNameToIdMapItem(lid, propertySetIndex);
}

/** Property sets by their index in pst-extractor's GUID table (PSTFile's constructor). */
export const PSETID_ADDRESS = 2;
export const PSETID_APPOINTMENT = 4;
export const PSETID_LOG = 6;
export const PSETID_TASK = 10;

/** True when the message has a recipient table the library could not read. */
export function recipientTableLost(message: PSTMessage): boolean {
  void message.numberOfRecipients;
  const lost = (message as unknown as MessageInternals).recipientTable === null;
  return lost && internals(message).localDescriptorItems?.has(RECIPIENT_TABLE_SUBNODE) === true;
}

/** The number of attachments; throws (unlike numberOfAttachments) when the table is unreadable. */
export function attachmentCount(message: PSTMessage): number {
  if (internals(message).localDescriptorItems?.has(ATTACHMENT_TABLE_SUBNODE) !== true) {
    return 0;
  }
  (message as unknown as MessageInternals).processAttachments();
  return message.numberOfAttachments;
}

/**
 * The message embedded in an attachment (PR_ATTACH_METHOD 5). `ownerNode` is the descriptor node
 * of the store item the attachment belongs to (for nested embedded messages, the outermost item).
 */
export function embeddedMessage(attachment: PSTAttachment, ownerNode: DescriptorNode): PSTMessage | null {
  const attachmentInternals = internals(attachment);
  const saved = attachmentInternals.descriptorIndexNode;
  attachmentInternals.descriptorIndexNode = ownerNode;
  try {
    return attachment.embeddedPSTMessage;
  } finally {
    attachmentInternals.descriptorIndexNode = saved;
  }
}

/**
 * The bytes of an attachment stored by value (PT_BINARY) or as an OLE object (PT_OBJECT, a
 * compound file); null when the attachment has no data property.
 */
export function attachmentData(attachment: PSTAttachment): Uint8Array | null {
  const { pstTableItems, localDescriptorItems } = internals(attachment);
  const item = pstTableItems?.get(PR_ATTACH_DATA);
  if (item === undefined) {
    return null;
  }
  if (item.entryValueType === PT_BINARY) {
    if (!item.isExternalValueReference) {
      return item.data;
    }
    return subNodeData(localDescriptorItems, item.entryValueReference);
  }
  if (item.entryValueType === PT_OBJECT && item.data.length >= 4) {
    const view = new DataView(item.data.buffer, item.data.byteOffset, item.data.byteLength);
    return subNodeData(localDescriptorItems, view.getUint32(0, true));
  }
  return null;
}

function subNodeData(subNodes: Map<number, SubNode> | null, id: number): Uint8Array {
  const subNode = subNodes?.get(id);
  if (subNode === undefined) {
    throw new Error(`the attachment's data node ${id} is missing from the store`);
  }
  return subNode.getData();
}
