/**
 * The slides of a presentation in show order. ppt/presentation.xml lists them in <p:sldIdLst>
 * by relationship id; the part names (slide1.xml, slide2.xml…) say nothing about the order, since
 * moving a slide in PowerPoint only reorders this list.
 */
import { localName, parseXml } from '../xml/xml-reader.js';

/** The slides in show order: the first `max` relationship ids (r:id), and how many slides the list holds. */
export type SlideList = { ids: string[]; count: number };

/** Reads the slide list; ids past `max` are counted, not kept, so a hostile list costs no memory. */
export function slideList(xml: string | Uint8Array, max = Number.MAX_SAFE_INTEGER): SlideList {
  const ids: string[] = [];
  let count = 0;
  let inList = false;
  parseXml(xml, {
    open: (name, attributes) => {
      if (name === 'sldIdLst') {
        inList = true;
      } else if (name === 'sldId' && inList) {
        count++;
        // <p:sldId id="256" r:id="rId2">: the unprefixed id is the slide's number, not the relationship.
        const relationship = Object.entries(attributes).find(([key]) => key !== 'id' && localName(key) === 'id');
        if (ids.length < max) {
          ids.push(relationship?.[1] ?? '');
        }
      }
    },
    close: (name) => {
      if (name === 'sldIdLst') {
        inList = false;
      }
    },
  });
  return { ids, count };
}
