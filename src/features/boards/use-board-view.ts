import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useViewPreference, type BoardView } from '../../stores/view-preference-store';

const boardsApi = getRouteApi('/_authenticated/_boards');

/** The view in the URL when a link says, else the one last chosen; choosing writes both. */
export function useBoardView(): [BoardView, (view: BoardView) => void] {
  const search = boardsApi.useSearch();
  const preferred = useViewPreference((state) => state.view);
  const remember = useViewPreference((state) => state.setView);
  const navigate = useNavigate();
  const choose = (view: BoardView) => {
    remember(view);
    void navigate({ to: '.', search: (previous) => ({ ...previous, view }), replace: false });
  };
  return [search.view ?? preferred, choose];
}
