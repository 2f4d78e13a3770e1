import { z } from 'zod';

/** Loopback hosts: the only ones a plain-http endpoint may use (a local model server). */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/** An https URL, or http only for a server on this machine. */
export const endpointUrl = z.url({ message: 'url_format' }).refine(
  (value) => {
    // zod runs refinements even after the URL check failed; an unparsable value is reported there.
    if (!URL.canParse(value)) return true;
    const url = new URL(value);
    return (
      url.protocol === 'https:' ||
      (url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname))
    );
  },
  { message: 'url_https_only' },
);
