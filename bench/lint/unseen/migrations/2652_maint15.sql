CLUSTER users;;
