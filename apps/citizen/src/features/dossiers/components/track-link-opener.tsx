import { useEffect, useRef } from 'react';
import { useNavigate } from 'zmp-ui';
import { config } from '../../../config.ts';
import { paths } from '../../../paths.ts';
import { readTrackLink, withoutTrackParams } from '../deep-link.ts';
import { useSavedDossiers } from '../saved-dossiers.tsx';

/** Opens the dossier of a scanned receipt QR (or a shared tracking link) once, on start. */
export function TrackLinkOpener() {
  const navigate = useNavigate();
  const { save } = useSavedDossiers();
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    const ref = readTrackLink(window.location.search, config.tenant);
    if (!ref) return;
    save(ref);
    window.history.replaceState(window.history.state, '', withoutTrackParams(window.location));
    navigate(paths.dossier(ref.code));
  }, [navigate, save]);
  return null;
}
